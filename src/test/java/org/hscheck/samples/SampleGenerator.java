package org.hscheck.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hscheck.report.Criterion;
import org.hscheck.report.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders every source in {@code src/test/resources/samples-src/} into {@code sample-proposals/}: the document
 * (.docx, .doc via LibreOffice, .pdf, or an image-only scan), its {@code NAME.expected.json} and the folder's README.
 * Not part of the normal test run; regenerate by hand with
 * {@code mvn -o -q -B test -Dtest=SampleGenerator -Dhscheck.generate=true}; add {@code -Dhscheck.only=REGEX} to
 * re-render only the documents whose file name matches (renderings are not byte-for-byte reproducible, so this keeps
 * untouched samples unchanged in git). The README and every expected file are always rewritten. To try the samples
 * waiting in {@code samples-pending/}, add {@code -Dhscheck.sources=src/test/resources/samples-pending
 * -Dhscheck.out=/tmp/pending} and evaluate that directory.
 */
@EnabledIfSystemProperty(named = "hscheck.generate", matches = "true")
class SampleGenerator {
  static final Path SOURCES = Path.of(System.getProperty("hscheck.sources", "src/test/resources/samples-src"));
  static final Path OUT = Path.of(System.getProperty("hscheck.out", "sample-proposals"));
  private static final int MAX_BYTES = 1024 * 1024;

  @Test
  void generate() throws Exception {
    Files.createDirectories(OUT);
    List<SampleSource> all = new ArrayList<>();
    try (var files = Files.list(SOURCES)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        SampleSource src = SampleSource.parse(Files.readString(p, StandardCharsets.UTF_8));
        String file = src.directive("file", null);
        if (file == null) throw new IllegalArgumentException(p + ": no %file directive");
        if (file.matches(System.getProperty("hscheck.only", ".*"))) {
          byte[] bytes = render(src, file);
          assertThat(bytes.length).as(file + " stays under 1 MB").isLessThan(MAX_BYTES);
          Files.write(OUT.resolve(file), bytes);
        }
        Files.writeString(OUT.resolve(file.replaceFirst("\\.[a-z]+$", "") + ".expected.json"), expectedJson(src, file));
        all.add(src);
      }
    }
    Files.writeString(OUT.resolve("README.md"), readme(all));
  }

  private static byte[] render(SampleSource src, String file) throws IOException, InterruptedException {
    if ("true".equals(src.directive("scan", "false"))) return ScanRenderer.render(src);
    if (file.endsWith(".pdf")) return PdfRenderer.render(src);
    if (file.endsWith(".docx")) return DocxRenderer.render(src);
    if (file.endsWith(".doc")) return viaLibreOffice(DocxRenderer.render(src), file);
    throw new IllegalArgumentException(file + ": unknown extension");
  }

  /** Word 97-2003 binary, converted from the .docx rendering by LibreOffice as an applicant's "Save as .doc" would. */
  private static byte[] viaLibreOffice(byte[] docx, String file) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("hscheck-doc");
    String stem = file.substring(0, file.length() - 4);
    Files.write(dir.resolve(stem + ".docx"), docx);
    Process p = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + dir.resolve("profile"),
        "--convert-to", "doc:MS Word 97", "--outdir", dir.toString(), dir.resolve(stem + ".docx").toString())
        .redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.exists(dir.resolve(file))) {
      throw new IOException("soffice could not convert " + file + ": " + log);
    }
    return Files.readAllBytes(dir.resolve(file));
  }

  static String expectedJson(SampleSource src, String file) {
    String outcome = src.directive("outcome", "ASSESSED");
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("document", file);
    root.put("outcome", outcome);
    Map<String, Object> criteria = new LinkedHashMap<>();
    if (outcome.equals("ASSESSED")) {
      for (Criterion c : Criterion.values()) {
        SampleSource.Expectation e = src.expected().get(c.name());
        if (e == null) throw new IllegalArgumentException(file + ": no expected verdict for " + c);
        Verdict.valueOf(e.verdict());
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("verdict", e.verdict());
        entry.put("reason", e.reason());
        criteria.put(c.name(), entry);
      }
      for (String id : src.expected().keySet()) Criterion.valueOf(id);
    } else if (!src.expected().isEmpty()) {
      throw new IllegalArgumentException(file + ": outcome " + outcome + " takes no criteria");
    }
    root.put("criteria", criteria);
    return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(root) + "\n";
  }

  private static String readme(List<SampleSource> all) {
    StringBuilder sb = new StringBuilder("""
        # Sample proposals

        Realistic draft proposals to the UN Trust Fund for Human Security, written for this project (the
        organisations, places and figures are plausible, the programmes are invented), each with the verdicts a
        careful reviewer gives by `../shared/criteria.md` in `NAME.expected.json` (one line of reason per
        criterion). `hscheck eval sample-proposals/` compares the checker with them.

        The documents are generated from the sources in `src/test/resources/samples-src/` (a small markup) by
        `org.hscheck.samples.SampleGenerator` (test scope, not part of the normal run):

            mvn -o -q -B test -Dtest=SampleGenerator -Dhscheck.generate=true [-Dhscheck.only='pg-.*']

        `.doc` files need LibreOffice (`apt-get install -y libreoffice-writer-nogui`); PDFs use the DejaVu fonts.
        Edit the source, never the generated file, and never bend a sample or its verdicts to the code.

        | File | Format | Lang. | Structure | Hard cases | Verdicts (MET / NOT_MET / N/A) |
        | --- | --- | --- | --- | --- | --- |
        """);
    for (SampleSource s : all) {
      long met = s.expected().values().stream().filter(e -> e.verdict().equals("MET")).count();
      long notMet = s.expected().values().stream().filter(e -> e.verdict().equals("NOT_MET")).count();
      long na = s.expected().values().stream().filter(e -> e.verdict().equals("NOT_APPLICABLE")).count();
      String file = s.directive("file", "?");
      sb.append("| `").append(file).append("` | ").append(file.substring(file.lastIndexOf('.') + 1).toUpperCase())
          .append("true".equals(s.directive("scan", "")) ? " (image-only scan)" : "")
          .append(" | ").append(s.directive("language", "en")).append(" | ").append(s.directive("structure", ""))
          .append(" | ").append(s.directive("hardcases", "")).append(" | ")
          .append(s.expected().isEmpty() ? s.directive("outcome", "") : met + " / " + notMet + " / " + na).append(" |\n");
    }
    return sb.toString();
  }
}
