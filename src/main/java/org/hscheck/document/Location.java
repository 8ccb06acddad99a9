package org.hscheck.document;

import java.util.List;

/**
 * Where a block sits in its document.
 *
 * @param page        1-based page number, or {@code null} where the format records no pages
 * @param sectionPath headings from the outermost section down, as printed (e.g. "3.2 Implementing partners")
 * @param block       0-based index of the block in document order (the "paragraph" number of a report)
 * @param charStart   offset of the block's first character in the document's plain text
 * @param charEnd     offset one past the block's last character in the document's plain text
 */
public record Location(Integer page, List<String> sectionPath, int block, int charStart, int charEnd) {
  public Location {
    sectionPath = List.copyOf(sectionPath);
  }

  /** The innermost heading, or an empty string before the first heading. */
  public String section() {
    return sectionPath.isEmpty() ? "" : sectionPath.get(sectionPath.size() - 1);
  }
}
