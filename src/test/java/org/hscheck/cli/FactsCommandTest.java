package org.hscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hscheck.document.DocumentMetadata;
import org.hscheck.document.Format;
import org.hscheck.document.Location;
import org.hscheck.extract.Evidence;
import org.hscheck.extract.HivSalience;
import org.hscheck.extract.NeedsAssessment;
import org.hscheck.extract.ProposalFacts;
import org.hscheck.extract.Signal;
import org.hscheck.extract.SignalKind;
import org.hscheck.extract.Status;
import org.junit.jupiter.api.Test;

class FactsCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final FactsCommand command = new FactsCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
      new PrintStream(err, true, StandardCharsets.UTF_8));

  @Test
  void usageErrorsExitThreeAndNameTheProblem() {
    assertThat(command.run(new String[] {})).isEqualTo(3);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("FILE is missing");
    assertThat(command.run(new String[] {"--kind", "PROTECTION", "x.docx"})).isEqualTo(3);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown signal kind 'PROTECTION'");
    assertThat(command.run(new String[] {"/nonexistent/draft.docx"})).isEqualTo(3);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read /nonexistent/draft.docx");
  }

  @Test
  void helpExitsZero() {
    assertThat(command.run(new String[] {"--help"})).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: hscheck facts");
  }

  @Test
  void jsonShowsEachFactWithQuotePageSectionAndParagraph() {
    Location at = new Location(3, List.of("2 Strategy", "2.1 Needs"), 17, 0, 10);
    Evidence e = new Evidence("A needs assessment will be conducted in the first quarter.", at);
    ProposalFacts facts = new ProposalFacts(new DocumentMetadata("d.docx", "0", Format.DOCX, 9, "en"), List.of(),
        List.of(new NeedsAssessment("needs assessment", false, false, Status.PLANNED, e)),
        List.of(new Signal(SignalKind.NEEDS_ASSESSMENT, Status.PLANNED, "needs assessment", e),
            new Signal(SignalKind.GENDER, Status.AFFIRMED, "gender analysis", e)),
        new HivSalience(HivSalience.Level.NONE, List.of()), List.of(), null);
    Map<String, Object> json = FactsCommand.toJson(facts, List.of(SignalKind.NEEDS_ASSESSMENT));
    @SuppressWarnings("unchecked") Map<String, Object> signals = (Map<String, Object>) json.get("signals");
    assertThat(signals).containsOnlyKeys("NEEDS_ASSESSMENT");
    assertThat(signals.get("NEEDS_ASSESSMENT").toString()).contains("PLANNED", "first quarter");
    assertThat(FactsCommand.evidence(e)).containsEntry("page", 3).containsEntry("section", "2 Strategy > 2.1 Needs")
        .containsEntry("paragraph", 17);
    assertThat(json.get("budget")).isNull();
    assertThat(json.get("needsAssessments").toString()).contains("timing=PLANNED");
  }
}
