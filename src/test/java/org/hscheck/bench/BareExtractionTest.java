package org.hscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BareExtractionTest {

  @Test
  void extractsEachFormatWithItsLibrary() throws Exception {
    assertThat(BareExtraction.text(LargeProposals.docx(2), "x.docx")).contains("UNDP, as lead agency");
    byte[] doc = Files.readAllBytes(Path.of("sample-proposals/lk-returnees.doc"));
    assertThat(BareExtraction.text(doc, "lk-returnees.doc")).contains("UN-Habitat");
    assertThat(BareExtraction.library("A.PDF")).isEqualTo("PDFBox PDFTextStripper");
    assertThat(BareExtraction.library("a.docx")).isEqualTo("POI XWPFWordExtractor");
    assertThat(BareExtraction.library("a.doc")).isEqualTo("POI WordExtractor");
  }

  @Test
  void namesAnUnsupportedFile() {
    assertThatThrownBy(() -> BareExtraction.text(new byte[0], "notes.txt"))
        .hasMessageContaining("no bare extractor for 'notes.txt'");
  }
}
