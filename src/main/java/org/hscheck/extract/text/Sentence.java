package org.hscheck.extract.text;

import java.util.List;
import org.hscheck.extract.Evidence;

/**
 * One sentence of a proposal with the evidence that locates it.
 *
 * @param text       the sentence as printed, whitespace collapsed
 * @param evidence   the sentence as quote, with the Location of the block it came from
 * @param origin     the kind of block the sentence came from
 * @param rowHead    for a table cell: the text of its row's first cell (the row's label); otherwise empty
 * @param columnHead for a table cell: the header text of its column, or empty when the table has no header
 * @param folded     the text lower-cased with accents and typographic quotes and dashes folded (same length as
 *                   {@code text}), see {@link Text#fold}
 */
public record Sentence(String text, Evidence evidence, Origin origin, String rowHead, String columnHead, String folded) {

  /** A sentence whose folded form is computed from its text. */
  public Sentence(String text, Evidence evidence, Origin origin, String rowHead, String columnHead) {
    this(text, evidence, origin, rowHead, columnHead, Text.fold(text));
  }

  /** The kind of block a sentence came from. */
  public enum Origin { HEADING, PARAGRAPH, LIST_ITEM, TABLE_CELL, NOTE }

  /** True when the sentence is the text of a table cell. */
  public boolean inTable() {
    return origin == Origin.TABLE_CELL;
  }

  /** The headings of the sections enclosing the sentence, outermost first. */
  public List<String> sectionPath() {
    return evidence.location().sectionPath();
  }
}
