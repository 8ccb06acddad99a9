package org.hscheck.document;

/**
 * A footnote or endnote.
 *
 * @param label the reference mark as printed ("1", "*")
 */
public record Note(Kind kind, String label, String text, Location location) implements Block {
  /** Footnote or endnote. */
  public enum Kind { FOOTNOTE, ENDNOTE }
}
