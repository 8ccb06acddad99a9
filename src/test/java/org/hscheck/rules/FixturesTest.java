package org.hscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every rule's fixtures pass against rules/, and a failing fixture is reported by rule and case. */
class FixturesTest {

  @Test
  void everyFixtureOfEveryRulePasses() {
    List<FixtureRunner.Result> results = FixtureRunner.run(TestRules.rules(), RuleDirs.rules());
    assertThat(results).filteredOn(r -> !r.passed()).as("failing fixtures").isEmpty();
    assertThat(results).hasSizeGreaterThanOrEqualTo(2 * TestRules.rules().catalogue().size());
    for (RuleInfo rule : TestRules.rules().catalogue()) {
      assertThat(results).as(rule.id() + " fires somewhere")
          .anyMatch(r -> r.ruleId().equals(rule.id()) && r.fixture().contains("#fires") && r.passed());
      assertThat(results).as(rule.id() + " stays quiet somewhere")
          .anyMatch(r -> r.ruleId().equals(rule.id()) && r.fixture().contains("#quiet") && r.passed());
    }
  }

  @Test
  void aWrongFixtureIsReportedWithRuleCaseAndReason(@TempDir Path tmp) throws Exception {
    Path dir = RuleDirs.copyOfRules(tmp);
    Path f = dir.resolve("plan/fixtures/PL-SUSTAINABILITY-MISSING.json");
    Files.writeString(f, """
        {"fires": {"signals": ["SUSTAINABILITY AFFIRMED"]},
         "quiet": {"signals": ["SUSTAINABILITY NEGATED"], "expect": {"SUSTAINABILITY": "MET"}}}
        """);
    Files.writeString(dir.resolve("plan/fixtures/PL-NO-SUCH-RULE.json"), "{}");
    List<FixtureRunner.Result> failed = FixtureRunner.run(TestRules.rules(), dir).stream().filter(r -> !r.passed()).toList();
    assertThat(failed).extracting(FixtureRunner.Result::fixture, FixtureRunner.Result::message).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("plan/fixtures/PL-SUSTAINABILITY-MISSING.json#fires", "PL-SUSTAINABILITY-MISSING did not fire"),
        org.assertj.core.groups.Tuple.tuple("plan/fixtures/PL-SUSTAINABILITY-MISSING.json#quiet", "SUSTAINABILITY is NOT_MET, expected MET"),
        org.assertj.core.groups.Tuple.tuple("fixtures/PL-NO-SUCH-RULE.json", "fixture file for rule PL-NO-SUCH-RULE, which is not in the rule set"));
  }

  @Test
  void aFixtureWithAnUnknownKindNamesFileAndValue(@TempDir Path tmp) throws Exception {
    Path dir = RuleDirs.copyOfRules(tmp);
    Files.writeString(dir.resolve("form/fixtures/FM-GENDER.json"), """
        {"fires": {"signals": ["GENDERED AFFIRMED"]}, "quiet": {}}
        """);
    List<FixtureRunner.Result> failed = FixtureRunner.run(TestRules.rules(), dir).stream().filter(r -> !r.passed()).toList();
    assertThat(failed).singleElement().satisfies(r -> assertThat(r.message())
        .contains("form/fixtures/FM-GENDER.json#fires").contains("'GENDERED'").contains("SignalKind"));
  }
}
