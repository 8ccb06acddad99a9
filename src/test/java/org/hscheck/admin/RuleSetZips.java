package org.hscheck.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test data: the project's own {@code rules/} folder as an admin would upload it. */
public final class RuleSetZips {
  private RuleSetZips() {}

  /** The project's rules folder zipped under a top folder {@code rules/}. */
  public static byte[] projectRules() {
    Path root = Path.of("rules");
    var out = new ByteArrayOutputStream();
    try (var z = new ZipOutputStream(out); var files = Files.walk(root)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        z.putNextEntry(new ZipEntry("rules/" + root.relativize(p).toString().replace('\\', '/')));
        z.write(Files.readAllBytes(p));
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot zip the project's rules folder", e);
    }
    return out.toByteArray();
  }

  /** Writes the project's rules as a zip file into a folder and returns it. */
  public static Path projectRulesFile(Path dir) {
    try {
      return Files.write(dir.resolve("rules-next.zip"), projectRules());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the rules zip", e);
    }
  }
}
