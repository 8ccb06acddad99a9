package org.hscheck.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sweeps the hostile upload corpus ({@code ../shared/corpora/hostile/}, or the folder named by the system
 * property {@code hscheck.shared} + {@code /corpora/hostile}) and checks each file ends in the outcome its
 * MANIFEST.tsv gives, or an alternative its note calls acceptable, within the time bound, with the JVM healthy.
 */
class HostileCorpusTest {
  /** Tight enough to keep the sweep short, loose enough for a loaded two-core machine. */
  private static final ReadLimits LIMITS = ReadLimits.defaults().withTimeout(Duration.ofSeconds(30));

  record Case(String file, Path path, Set<String> accepted) {
    @Override
    public String toString() {
      return file + " -> " + accepted;
    }
  }

  static Path corpus() {
    String shared = System.getProperty("hscheck.shared");
    Path base = shared != null ? Path.of(shared)
        : Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).resolve("../shared");
    return base.resolve("corpora/hostile").normalize();
  }

  static Stream<Case> cases() throws IOException {
    Path dir = corpus();
    Path manifest = dir.resolve("MANIFEST.tsv");
    if (!Files.isRegularFile(manifest)) {
      return Stream.of(new Case("(corpus absent)", dir, Set.of()));
    }
    List<Case> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(manifest);
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) continue;
      String[] f = line.split("\t", -1);
      Set<String> accepted = new java.util.TreeSet<>();
      accepted.add(outcome(f[4]));
      for (String alt : List.of("REJECT_CORRUPT", "REJECT_UNSUPPORTED_TYPE", "REJECT_TOO_LARGE_OR_COMPLEX",
          "REJECT_ENCRYPTED", "NO_TEXT", "PARSE_OK")) {
        if (f[5].contains(alt + " acceptable") || f[5].contains(alt + " also defensible")) accepted.add(outcome(alt));
      }
      out.add(new Case(f[0], dir.resolve(f[0]), accepted));
    }
    return out.stream();
  }

  /** The manifest's outcome as an ErrorCode name, or "ASSESSED" for PARSE_OK. */
  private static String outcome(String manifest) {
    return switch (manifest) {
      case "REJECT_ENCRYPTED" -> ErrorCode.ENCRYPTED.name();
      case "REJECT_CORRUPT" -> ErrorCode.CORRUPT.name();
      case "REJECT_UNSUPPORTED_TYPE" -> ErrorCode.UNSUPPORTED_TYPE.name();
      case "REJECT_TOO_LARGE_OR_COMPLEX" -> ErrorCode.TOO_LARGE.name();
      case "NO_TEXT" -> ErrorCode.NO_TEXT.name();
      case "PARSE_OK" -> "ASSESSED";
      default -> throw new IllegalArgumentException("unknown outcome in MANIFEST.tsv: " + manifest);
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void endsInTheManifestOutcome(Case c) throws IOException {
    assumeTrue(!c.accepted().isEmpty(), "hostile corpus not found at " + c.path()
        + "; set -Dhscheck.shared=/path/to/shared to run this sweep");
    byte[] bytes = Files.readAllBytes(c.path());
    long t0 = System.nanoTime();
    String got;
    try {
      ProposalDocument doc = DocumentReaders.read(bytes, c.file(), LIMITS);
      got = "ASSESSED";
      assertThat(doc.plainText()).isNotBlank();
      ModelAssertions.assertLocationsConsistent(doc);
    } catch (DocumentException e) {
      got = e.code().name();
      assertThat(e.getMessage()).isNotBlank();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    assertThat(got).as("outcome of %s", c.file()).isIn(c.accepted());
    assertThat(took).as("time for %s", c.file()).isLessThan(LIMITS.timeout().plusSeconds(2));
  }

  @AfterAll
  static void jvmStaysHealthy() {
    assertThatCode(() -> {
      byte[] probe = new byte[32 * 1024 * 1024];
      probe[probe.length - 1] = 1;
    }).doesNotThrowAnyException();
    assertThatCode(() -> DocumentReaders.read(TestPdfs.longDocument(2), "probe.pdf", ReadLimits.defaults()))
        .doesNotThrowAnyException();
  }

}
