package org.hscheck.document;

import java.util.List;

/**
 * A section of the document: its heading, its own blocks and its subsections.
 * The root section of a document has level 0 and an empty heading.
 *
 * @param heading heading text without its number ("Implementing partners")
 * @param level   1 for top-level headings, 2 for their subsections, ...; 0 for the root
 * @param number  numbering as printed ("3.2"), or empty
 */
public record Section(String heading, int level, String number, List<Block> blocks, List<Section> children,
                      Location location) {
  public Section {
    blocks = List.copyOf(blocks);
    children = List.copyOf(children);
  }

  /** The heading as printed: number and text ("3.2 Implementing partners"). */
  public String title() {
    return number.isEmpty() ? heading : number + " " + heading;
  }
}
