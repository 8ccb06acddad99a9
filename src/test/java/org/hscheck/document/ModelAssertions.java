package org.hscheck.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Invariants every model a reader builds must hold. */
final class ModelAssertions {
  private ModelAssertions() {}

  /** Block indexes run 0..n-1 in document order and every char range cuts the block's text out of plainText(). */
  static void assertLocationsConsistent(ProposalDocument doc) {
    String plain = doc.plainText();
    List<Block> blocks = doc.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      assertThat(b.location().block()).as("block index of %s", b.text()).isEqualTo(i);
      assertThat(plain.substring(b.location().charStart(), b.location().charEnd())).isEqualTo(b.text());
    }
    for (Section s : doc.sections()) {
      if (s.level() > 0) assertThat(s.location().sectionPath()).last().isEqualTo(s.title());
    }
  }
}
