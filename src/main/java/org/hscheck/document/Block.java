package org.hscheck.document;

/** A unit of content inside a section: paragraph, list item, table or note. */
public sealed interface Block permits Paragraph, ListItem, Table, Note {
  /** Where this block sits. */
  Location location();

  /** The block's plain text (for a table, its cells row by row, tab and newline separated). */
  String text();
}
