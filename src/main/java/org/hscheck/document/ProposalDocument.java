package org.hscheck.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A proposal read into the format-neutral model: metadata, a tree of sections holding blocks,
 * and page furniture kept apart. Nothing downstream of the readers sees POI or PDFBox types.
 */
public record ProposalDocument(DocumentMetadata metadata, Section root, PageFurniture furniture) {

  /** Every block in document order, depth first (tables count as one block; nested tables are inside cells). */
  public List<Block> blocks() {
    List<Block> out = new ArrayList<>();
    walk(root, s -> out.addAll(s.blocks()));
    return out;
  }

  /** Every section in document order, the root first. */
  public List<Section> sections() {
    List<Section> out = new ArrayList<>();
    walk(root, out::add);
    return out;
  }

  /** The body's plain text, blocks separated by blank lines. */
  public String plainText() {
    StringBuilder sb = new StringBuilder();
    for (Block b : blocks()) {
      if (!sb.isEmpty()) sb.append("\n\n");
      sb.append(b.text());
    }
    return sb.toString();
  }

  private static void walk(Section s, Consumer<Section> visit) {
    visit.accept(s);
    for (Section c : s.children()) walk(c, visit);
  }
}
