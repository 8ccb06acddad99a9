package org.hscheck.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hscheck.eval.Evaluator;
import org.hscheck.eval.Expectation;
import org.hscheck.report.Criterion;
import org.hscheck.report.Outcome;
import org.hscheck.report.Verdict;
import org.junit.jupiter.api.Test;

/** The sample folder keeps the shape the issue asks for: labelled, varied, small, and generated from its sources. */
class SampleExpectationsTest {
  private static final Path DIR = Path.of("sample-proposals");

  private static List<Path> docs() throws Exception {
    return Evaluator.documents(DIR);
  }

  @Test
  void everyDocumentHasAWellFormedExpectationNamingIt() throws Exception {
    for (Path doc : docs()) {
      Expectation e = Expectation.read(Evaluator.expectationFor(doc));
      assertThat(e.document()).as(doc.toString()).isEqualTo(doc.getFileName().toString());
    }
  }

  @Test
  void everyExpectationHasItsDocument() throws Exception {
    try (var files = Files.list(DIR)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".expected.json")).toList()) {
        assertThat(DIR.resolve(Expectation.read(f).document())).as(f.toString()).exists();
      }
    }
  }

  @Test
  void theSetIsLargeAndVariedEnough() throws Exception {
    List<Path> docs = docs();
    assertThat(docs).hasSizeGreaterThanOrEqualTo(15);
    Map<String, Integer> byExt = new java.util.TreeMap<>();
    for (Path d : docs) {
      String n = d.getFileName().toString().toLowerCase(Locale.ROOT);
      byExt.merge(n.substring(n.lastIndexOf('.') + 1), 1, Integer::sum);
      assertThat(Files.size(d)).as(n + " under 1 MB").isLessThan(1024 * 1024);
    }
    assertThat(byExt.get("doc")).isGreaterThanOrEqualTo(2);
    assertThat(byExt.get("docx")).isGreaterThanOrEqualTo(2);
    assertThat(byExt.get("pdf")).isGreaterThanOrEqualTo(2);

    Map<Criterion, Set<Verdict>> seen = new EnumMap<>(Criterion.class);
    List<Outcome> outcomes = new ArrayList<>();
    for (Path d : docs) {
      Expectation e = Expectation.read(Evaluator.expectationFor(d));
      outcomes.add(e.outcome());
      e.criteria().forEach((c, x) -> seen.computeIfAbsent(c, k -> EnumSet.noneOf(Verdict.class)).add(x.verdict()));
    }
    assertThat(outcomes).contains(Outcome.NO_TEXT);
    for (Criterion c : Criterion.values()) {
      assertThat(seen.get(c)).as(c + " is both met and not met somewhere").contains(Verdict.MET, Verdict.NOT_MET);
    }
  }

  @Test
  void everySourceRendersToADocumentInTheFolder() throws Exception {
    try (var files = Files.list(SampleGenerator.SOURCES)) {
      for (Path src : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        String file = SampleSource.parse(Files.readString(src)).directive("file", null);
        assertThat(file).as(src + " names its output").isNotNull();
        assertThat(DIR.resolve(file)).as(src + " was generated").exists();
        String expected = SampleGenerator.expectedJson(SampleSource.parse(Files.readString(src)), file);
        assertThat(Files.readString(DIR.resolve(file.replaceFirst("\\.[a-z]+$", "") + ".expected.json")))
            .as(file + " expectations match the source; regenerate").isEqualTo(expected);
      }
    }
  }
}
