package org.hscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ParseCommandTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new ParseCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
  }

  @Test
  void printsTheModelWithTypedBlocks() throws Exception {
    Path f = dir.resolve("p.docx");
    Files.write(f, org.hscheck.document.TestDocsAccess.proposalDocx());
    assertThat(run(f.toString())).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(json.at("/metadata/format").asString()).isEqualTo("DOCX");
    assertThat(json.at("/root/sections/0/heading").asString()).isEqualTo("Contexte");
    assertThat(json.at("/root/blocks/0/type").asString()).isEqualTo("paragraph");
    assertThat(json.at("/root/blocks/0/location/block").asInt()).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"type\" : \"listItem\"", "\"type\" : \"table\"",
        "\"type\" : \"footnote\"");
    assertThat(json.at("/furniture").propertyNames()).containsExactly("headers", "footers");
  }

  @Test
  void unreadableDocumentExitsTwoWithError() throws Exception {
    Path f = dir.resolve("p.pdf");
    Files.writeString(f, "not a pdf at all");
    assertThat(run("--compact", f.toString())).isEqualTo(2);
    JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(json.at("/error/code").asString()).isEqualTo("UNSUPPORTED_TYPE");
    assertThat(json.at("/error/message").asString()).isNotBlank();
  }

  @Test
  void usageErrorsExitThree() {
    assertThat(run()).isEqualTo(3);
    assertThat(run("--max-pages", "zero", "x.pdf")).isEqualTo(3);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--max-pages needs a number, got 'zero'");
    assertThat(run(dir.resolve("missing.pdf").toString())).isEqualTo(3);
  }

  @Test
  void help() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: hscheck parse", "--timeout-seconds");
  }
}
