package org.hscheck.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hscheck.screening.BatchUpload.Part;
import org.hscheck.screening.BatchUpload.Proposal;
import org.hscheck.screening.BatchUpload.Skipped;
import org.junit.jupiter.api.Test;

class BatchUploadTest {
  private static final long MB = 1024 * 1024;

  static byte[] zip(Map<String, byte[]> entries, Charset names) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out, names)) {
      for (var e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        if (e.getValue() != null) z.write(e.getValue());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void takesPlainFilesAndTheProposalsInsideAZip() throws IOException {
    var entries = new java.util.LinkedHashMap<String, byte[]>();
    entries.put("call-2026/", null);
    entries.put("call-2026/Lao PDR.docx", bytes("a"));
    entries.put("call-2026/sub/Tajikistan.PDF", bytes("b"));
    entries.put("call-2026/notes.txt", bytes("c"));
    entries.put("__MACOSX/call-2026/._Lao PDR.docx", bytes("d"));
    entries.put("call-2026/.DS_Store", bytes("e"));
    entries.put("call-2026/old.zip", bytes("f"));
    BatchUpload u = BatchUpload.read(List.of(new Part("batch.zip", zip(entries, StandardCharsets.UTF_8)),
        new Part("Haiti.doc", bytes("g"))), 10, MB, MB);
    assertThat(u.proposals()).extracting(Proposal::name).containsExactly("Lao PDR.docx", "Tajikistan.PDF", "Haiti.doc");
    assertThat(u.proposals()).extracting(Proposal::title).containsExactly("Lao PDR", "Tajikistan", "Haiti");
    assertThat(u.proposals().get(1).content()).isEqualTo(bytes("b"));
    assertThat(u.skipped()).extracting(Skipped::name)
        .containsExactly("batch.zip: notes.txt", "batch.zip: ._Lao PDR.docx", "batch.zip: .DS_Store", "batch.zip: old.zip");
    assertThat(u.skipped()).extracting(Skipped::reason).contains("not a .docx, .doc or .pdf file",
        "hidden or system file", "archives inside archives are not opened");
  }

  @Test
  void refusesMoreEntriesThanAllowed() throws IOException {
    var entries = new java.util.LinkedHashMap<String, byte[]>();
    for (int i = 0; i < 6; i++) entries.put("p" + i + ".pdf", bytes("x"));
    byte[] zip = zip(entries, StandardCharsets.UTF_8);
    assertThat(BatchUpload.read(List.of(new Part("ok.zip", zip)), 6, MB, MB).proposals()).hasSize(6);
    assertThatThrownBy(() -> BatchUpload.read(List.of(new Part("many.zip", zip)), 5, MB, MB))
        .isInstanceOfSatisfying(UploadRejected.class, e -> assertThat(e.code()).isEqualTo("TOO_LARGE"))
        .hasMessage("The upload holds more than 5 files (at many.zip: p5.pdf).");
  }

  @Test
  void countsUnzippedBytesAsReadNotAsDeclared() throws IOException {
    byte[] zeros = new byte[3 * (int) MB];
    byte[] bomb = zip(Map.of("small.pdf", zeros), StandardCharsets.UTF_8);
    assertThat(bomb.length).isLessThan(64 * 1024);
    assertThatThrownBy(() -> BatchUpload.read(List.of(new Part("bomb.zip", bomb)), 10, 2 * MB, 2 * MB))
        .isInstanceOfSatisfying(UploadRejected.class, e -> assertThat(e.code()).isEqualTo("TOO_LARGE"))
        .hasMessage("The upload is larger than 2 MB once unzipped (at bomb.zip: small.pdf).");
  }

  @Test
  void refusesAProposalLargerThanADocumentMayBe() throws IOException {
    byte[] zip = zip(Map.of("small.pdf", bytes("x"), "big.pdf", new byte[2 * (int) MB]), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> BatchUpload.read(List.of(new Part("batch.zip", zip)), 10, 10 * MB, MB))
        .isInstanceOfSatisfying(UploadRejected.class, e -> assertThat(e.code()).isEqualTo("TOO_LARGE"))
        .hasMessage("batch.zip: big.pdf is larger than the 1 MB a proposal may have; the upload was not stored.");
    assertThatThrownBy(() -> BatchUpload.read(List.of(new Part("big.pdf", new byte[2 * (int) MB])), 10, 10 * MB, MB))
        .isInstanceOfSatisfying(UploadRejected.class, e -> assertThat(e.code()).isEqualTo("TOO_LARGE"))
        .hasMessageStartingWith("big.pdf is larger than the 1 MB");
    assertThat(BatchUpload.read(List.of(new Part("batch.zip", zip)), 10, 10 * MB, 2 * MB).proposals()).hasSize(2);
  }

  @Test
  void refusesACorruptArchiveAndAnUploadWithoutProposals() throws IOException {
    assertThatThrownBy(() -> BatchUpload.read(List.of(new Part("broken.zip", bytes("PK not really"))), 10, MB, MB))
        .isInstanceOfSatisfying(UploadRejected.class, e -> assertThat(e.code()).isEqualTo("CORRUPT"))
        .hasMessageStartingWith("broken.zip is not a zip archive");
    byte[] onlyText = zip(Map.of("readme.txt", bytes("r")), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> BatchUpload.read(List.of(new Part("text.zip", onlyText)), 10, MB, MB))
        .isInstanceOfSatisfying(UploadRejected.class, e -> assertThat(e.code()).isEqualTo("INVALID_REQUEST"))
        .hasMessage("The upload holds no .docx, .doc or .pdf file (skipped: 1).");
  }

  @Test
  void readsNamesInTheDosCodePage() throws IOException {
    byte[] zip = zip(Map.of("Côte d'Ivoire – résumé.pdf".replace("–", "-"), bytes("x")), Charset.forName("IBM437"));
    assertThat(BatchUpload.read(List.of(new Part("old.zip", zip)), 10, MB, MB).proposals())
        .extracting(Proposal::name).containsExactly("Côte d'Ivoire - résumé.pdf");
  }

  @Test
  void namesKeepOnlyTheirLastSegmentWithoutControlCharacters() {
    assertThat(BatchUpload.displayName("../../etc/pass\u0000wd.pdf")).isEqualTo("passwd.pdf");
    assertThat(BatchUpload.displayName("C:\\Users\\a\\prop\u202Efdp.docx")).isEqualTo("propfdp.docx");
    assertThat(BatchUpload.displayName("x".repeat(300) + ".docx")).hasSize(200).endsWith("x.docx");
  }
}
