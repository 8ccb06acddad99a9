package org.hscheck.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.hscheck.check.Checker;

/** Runs the checker over every .docx, .doc and .pdf of a folder and compares each report with NAME.expected.json. */
public final class Evaluator {
  private final Checker checker;

  public Evaluator(Checker checker) {
    this.checker = checker;
  }

  /** The documents HSCheck reads in {@code dir} (not recursive), sorted by name. */
  public static List<Path> documents(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).filter(Evaluator::isDocument).sorted().toList();
    }
  }

  static boolean isDocument(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".docx") || n.endsWith(".doc") || n.endsWith(".pdf");
  }

  /** The expected-verdicts file beside a document: {@code NAME.expected.json} for {@code NAME.ext}. */
  public static Path expectationFor(Path document) {
    String n = document.getFileName().toString();
    return document.resolveSibling(n.substring(0, n.lastIndexOf('.')) + ".expected.json");
  }

  /**
   * Checks and compares every document of {@code dir}; {@code progress} hears each document's name as it starts.
   *
   * @throws IllegalArgumentException when an expected-verdicts file is malformed (naming it)
   */
  public EvalResult evaluate(Path dir, Consumer<String> progress) throws IOException {
    List<DocumentComparison> compared = new ArrayList<>();
    List<String> unlabelled = new ArrayList<>();
    for (Path doc : documents(dir)) {
      String name = doc.getFileName().toString();
      Path expectedFile = expectationFor(doc);
      if (!Files.exists(expectedFile)) {
        unlabelled.add(name);
        continue;
      }
      Expectation expected = Expectation.read(expectedFile);
      progress.accept(name);
      byte[] bytes = Files.readAllBytes(doc);
      try {
        compared.add(VerdictComparer.compare(expected, checker.check(bytes, name).report()));
      } catch (RuntimeException e) {
        compared.add(VerdictComparer.failed(expected, e));
      }
    }
    return new EvalResult(compared, unlabelled);
  }
}
