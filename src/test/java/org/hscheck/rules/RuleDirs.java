package org.hscheck.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Test helper: the project's rule directory and writable copies of it. */
final class RuleDirs {
  private RuleDirs() {}

  /** The top-level {@code rules/} directory of the checkout. */
  static Path rules() {
    Path p = Path.of("rules");
    if (!Files.isDirectory(p)) throw new IllegalStateException("run the tests from the project root: no rules/ in " + Path.of("").toAbsolutePath());
    return p;
  }

  /** A copy of {@code rules/} under {@code tmp}, to edit in a test. */
  static Path copyOfRules(Path tmp) {
    Path src = rules();
    Path dst = tmp.resolve("rules");
    try (Stream<Path> walk = Files.walk(src)) {
      for (Path p : walk.toList()) {
        Path t = dst.resolve(src.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dst;
  }
}
