package org.hscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.hscheck.rules.RuleInfo;
import org.hscheck.rules.RuleSet;
import org.junit.jupiter.api.Test;

/** {@code rules list} and {@code rules test} over the rule set packaged on the classpath, and their usage errors. */
class RulesCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final RulesCommand command = new RulesCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
      new PrintStream(err, true, StandardCharsets.UTF_8));

  @Test
  void listPrintsThePackagedCatalogueWithItsIdentityAndThresholds() {
    assertThat(command.run(new String[] {"list"})).isZero();
    String text = out.toString(StandardCharsets.UTF_8);
    RuleSet packaged = RuleSet.loadDefault();
    assertThat(text).contains(packaged.info().version()).contains(packaged.info().digest()).contains("MIN_UN_BODIES");
    for (RuleInfo r : packaged.catalogue()) assertThat(text).contains(r.id());
    assertThat(text).contains(packaged.catalogue().size() + " rules");
    assertThat(packaged.info()).as("the jar carries rules/ unchanged").isEqualTo(RuleSet.load(Path.of("rules")).info());
  }

  @Test
  void testRunsThePackagedFixtures() {
    assertThat(command.run(new String[] {"test"})).as(out.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("\\d+ passed, 0 failed");
  }

  @Test
  void usageErrorsExitWithThreeAndSayWhatWasWrong() {
    assertThat(command.run(new String[] {})).isEqualTo(3);
    assertThat(command.run(new String[] {"lint"})).isEqualTo(3);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown subcommand 'lint'");
    assertThat(command.run(new String[] {"test", "no/such/dir"})).isEqualTo(3);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no/such/dir is not a directory");
  }
}
