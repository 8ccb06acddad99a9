package org.hscheck.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken rule directory stops loading with a message naming the file and line. */
class BrokenRulesTest {

  @Test
  void aRuleThatDoesNotCompileIsReportedWithFileAndLine(@TempDir Path tmp) throws Exception {
    Path dir = RuleDirs.copyOfRules(tmp);
    Path file = dir.resolve("plan/sustainability.drl");
    List<String> lines = Files.readAllLines(file);
    int when = lines.indexOf("when");
    lines.set(when + 1, "  not SignalFact(kind == SignalKind.SUSTAINABILITY,,)");
    Files.write(file, lines);
    assertThatThrownBy(() -> RuleSet.load(dir)).isInstanceOf(RuleSetException.class)
        .hasMessageContaining("rules/plan/sustainability.drl line " + (when + 2));
  }

  @Test
  void aConsequenceThatDoesNotCompileNamesItsFile(@TempDir Path tmp) throws Exception {
    Path dir = RuleDirs.copyOfRules(tmp);
    Path file = dir.resolve("form/gender.drl");
    Files.writeString(file, Files.readString(file).replace("firstQuote($s), $s));", "firstQuote($s), $undefined));"));
    assertThatThrownBy(() -> RuleSet.load(dir)).isInstanceOf(RuleSetException.class)
        .hasMessageContaining("rules/form/gender.drl line ").hasMessageContaining("undefined");
  }

  @Test
  void aRuleFileMissingFromTheIndexStopsLoading(@TempDir Path tmp) throws Exception {
    Path dir = RuleDirs.copyOfRules(tmp);
    Files.writeString(dir.resolve("plan/extra.drl"), "package hscheck.plan;\n");
    assertThatThrownBy(() -> RuleSet.load(dir)).isInstanceOf(RuleSetException.class)
        .hasMessageContaining("plan/extra.drl is not listed in").hasMessageContaining("ruleset.properties");
  }

  @Test
  void aThresholdMissingFromTheTableIsReportedWhereItIsUsed(@TempDir Path tmp) throws Exception {
    Path dir = RuleDirs.copyOfRules(tmp);
    Path file = dir.resolve("multi-agency/multi-agency.drl");
    List<String> lines = Files.readAllLines(file);
    int first = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("\"MIN_UN_BODIES\"")) {
        lines.set(i, lines.get(i).replace("MIN_UN_BODIES", "MIN_UN_AGENCIES"));
        if (first < 0) first = i;
      }
    }
    Files.write(file, lines);
    assertThatThrownBy(() -> RuleSet.load(dir)).isInstanceOf(RuleSetException.class)
        .hasMessageContaining("rules/multi-agency/multi-agency.drl line " + (first + 1))
        .hasMessageContaining("threshold MIN_UN_AGENCIES is not defined");
  }
}
