package org.hscheck.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DocumentReadersTest {
  @Test
  void formatIsSniffedFromContentWhateverTheName() throws Exception {
    assertThat(DocumentReaders.read(TestPdfs.longDocument(1), "proposal.docx", ReadLimits.defaults())
        .metadata().format()).isEqualTo(Format.PDF);
    assertThat(DocumentReaders.read(TestDocs.proposalDocx(), "proposal.pdf", ReadLimits.defaults())
        .metadata().format()).isEqualTo(Format.DOCX);
  }

  @Test
  void leadingJunkBeforePdfHeaderIsTolerated() throws Exception {
    byte[] pdf = TestPdfs.longDocument(1);
    byte[] junk = new byte[pdf.length + 100];
    System.arraycopy(pdf, 0, junk, 100, pdf.length);
    assertThat(DocumentReaders.read(junk, "x.pdf", ReadLimits.defaults()).metadata().format()).isEqualTo(Format.PDF);
  }

  @Test
  void plainTextIsUnsupported() {
    byte[] text = "Project proposal\nThis is just text.".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> DocumentReaders.read(text, "proposal.docx", ReadLimits.defaults()))
        .isInstanceOfSatisfying(DocumentException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_TYPE);
          assertThat(e.getMessage()).contains("plain text");
        });
  }

  @Test
  void anUnreadableFileCarriesItsDigestUnlessItWasRefusedBeforeReading() {
    byte[] text = "Project proposal\nThis is just text.".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> DocumentReaders.read(text, "proposal.docx", ReadLimits.defaults()))
        .isInstanceOfSatisfying(DocumentException.class, e -> {
          assertThat(e.sha256()).isEqualTo(DocumentReaders.sha256(text));
          assertThat(e.getMessage()).contains("plain text");
        });
    ReadLimits d = ReadLimits.defaults();
    ReadLimits tiny = new ReadLimits(10, d.timeout(), d.maxPages(), d.maxChars(), d.maxTableCells(), d.maxDepth(),
        d.maxTextPositions());
    assertThatThrownBy(() -> DocumentReaders.read(text, "proposal.docx", tiny))
        .isInstanceOfSatisfying(DocumentException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.TOO_LARGE);
          assertThat(e.sha256()).isNull();
        });
  }

  @Test
  void emptyFileIsCorrupt() {
    assertThatThrownBy(() -> DocumentReaders.read(new byte[0], "a.pdf", ReadLimits.defaults()))
        .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT));
  }

  @Test
  void byteLimit() throws Exception {
    byte[] pdf = TestPdfs.longDocument(1);
    assertThatThrownBy(() -> DocumentReaders.read(pdf, "a.pdf", ReadLimits.defaults().withMaxBytes(100)))
        .isInstanceOfSatisfying(DocumentException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.TOO_LARGE);
          assertThat(e.getMessage()).contains("MB");
        });
  }

  @Test
  void pageLimit() throws Exception {
    byte[] pdf = TestPdfs.longDocument(5);
    assertThatThrownBy(() -> DocumentReaders.read(pdf, "a.pdf", ReadLimits.defaults().withMaxPages(3)))
        .isInstanceOfSatisfying(DocumentException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.TOO_LARGE);
          assertThat(e.getMessage()).contains("more than 3 pages");
        });
  }

  @Test
  void characterAndCellLimits() throws Exception {
    byte[] docx = TestDocs.proposalDocx();
    assertThatThrownBy(() -> DocumentReaders.read(docx, "a.docx", ReadLimits.defaults().withMaxChars(100)))
        .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TOO_LARGE));
    assertThatThrownBy(() -> DocumentReaders.read(docx, "a.docx", ReadLimits.defaults().withMaxTableCells(3)))
        .isInstanceOfSatisfying(DocumentException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.TOO_LARGE);
          assertThat(e.getMessage()).contains("3 cells");
        });
  }

  @Test
  void timeoutEndsTheParseAndDoesNotKeepTheCallerWaiting() throws Exception {
    byte[] pdf = TestPdfs.longDocument(150);
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> DocumentReaders.read(pdf, "a.pdf", ReadLimits.defaults().withTimeout(Duration.ofMillis(50))))
        .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TOO_LARGE));
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxPages(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPages=0");
  }
}
