package org.hscheck.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Unpacks an uploaded rule set (.zip of the {@code rules/} folder) safely: no path escapes, bounded size. */
final class RuleSetArchive {
  static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;
  static final int MAX_ENTRIES = 2000;

  private RuleSetArchive() {}

  /**
   * Unpacks the zip into {@code target} and returns the directory holding the rules: {@code target} itself, or its
   * only top-level folder when the zip wraps everything in one.
   *
   * @throws IllegalArgumentException naming the entry that escapes, or the limit reached, or when the zip is empty
   */
  static Path unpack(byte[] zip, Path target) {
    try {
      Files.createDirectories(target);
      long total = 0;
      int entries = 0;
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
        ZipEntry e;
        while ((e = in.getNextEntry()) != null) {
          if (++entries > MAX_ENTRIES) {
            throw new IllegalArgumentException("the rule set zip has more than " + MAX_ENTRIES + " entries");
          }
          Path out = target.resolve(e.getName()).normalize();
          if (!out.startsWith(target)) {
            throw new IllegalArgumentException("the rule set zip entry '" + e.getName() + "' points outside the archive");
          }
          if (e.isDirectory()) {
            Files.createDirectories(out);
            continue;
          }
          Files.createDirectories(out.getParent());
          total += copy(in, out, MAX_UNPACKED_BYTES - total);
        }
      }
      if (entries == 0) {
        throw new IllegalArgumentException("the upload is not a zip of a rule set, or the zip is empty");
      }
      return rootOf(target).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the rule set into " + target, e);
    }
  }

  /**
   * The rules directory inside an unpacked target: the target, or its only top-level folder; empty when nothing is
   * unpacked there.
   */
  static java.util.Optional<Path> rootOf(Path target) {
    if (!Files.isDirectory(target)) {
      return java.util.Optional.empty();
    }
    try (var top = Files.list(target)) {
      var children = top.toList();
      if (children.isEmpty()) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(children.size() == 1 && Files.isDirectory(children.get(0)) ? children.get(0) : target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the rule set directory " + target, e);
    }
  }

  private static long copy(InputStream in, Path out, long budget) throws IOException {
    long n = 0;
    byte[] buf = new byte[8192];
    try (var os = Files.newOutputStream(out)) {
      int r;
      while ((r = in.read(buf)) > 0) {
        n += r;
        if (n > budget) {
          throw new IllegalArgumentException("the rule set unpacks to more than " + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB");
        }
        os.write(buf, 0, r);
      }
    }
    return n;
  }
}
