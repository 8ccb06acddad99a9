package org.hscheck.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetArchiveTest {
  @TempDir Path tmp;

  static byte[] zip(String... namesAndContents) throws IOException {
    var out = new ByteArrayOutputStream();
    try (var z = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        z.putNextEntry(new ZipEntry(namesAndContents[i]));
        z.write(namesAndContents[i + 1].getBytes());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void unpacksIntoTheOnlyTopFolderOrTheTarget() throws IOException {
    Path root = RuleSetArchive.unpack(zip("rules/a/x.drl", "rule", "rules/b.drl", "rule"), tmp.resolve("one"));
    assertThat(root.getFileName().toString()).isEqualTo("rules");
    assertThat(Files.readString(root.resolve("a/x.drl"))).isEqualTo("rule");
    Path flat = RuleSetArchive.unpack(zip("a.drl", "r", "b.drl", "r"), tmp.resolve("two"));
    assertThat(flat).isEqualTo(tmp.resolve("two"));
    assertThat(RuleSetArchive.rootOf(tmp.resolve("two"))).contains(flat);
    assertThat(RuleSetArchive.rootOf(tmp.resolve("absent"))).isEmpty();
  }

  @Test
  void refusesEntriesThatEscapeAndUploadsThatAreNoZip() throws IOException {
    assertThatThrownBy(() -> RuleSetArchive.unpack(zip("../../evil.drl", "x"), tmp.resolve("three")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'../../evil.drl' points outside");
    assertThat(tmp.getParent().resolve("evil.drl")).doesNotExist();
    assertThatThrownBy(() -> RuleSetArchive.unpack("not a zip".getBytes(), tmp.resolve("four")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a zip");
  }
}
