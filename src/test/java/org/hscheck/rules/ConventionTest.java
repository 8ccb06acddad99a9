package org.hscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hscheck.report.Criterion;
import org.junit.jupiter.api.Test;

/**
 * The rule set's conventions: every rule carries its metadata, lives in its family's folder, is documented in
 * docs/rules.md and has both fixtures; the index lists every rule file; every criterion can be met and failed.
 */
class ConventionTest {
  /** Rule id prefix -> folder of rules/. */
  static final Map<String, String> FAMILIES = Map.of("MA", "multi-agency", "JN", "joint-needs",
      "PE", "protection-empowerment", "TO", "three-ones", "FM", "form", "PL", "plan");

  @Test
  void everyRuleCarriesCompleteMetadata() {
    assertThat(TestRules.rules().catalogue()).isNotEmpty().allSatisfy(r -> {
      assertThat(r.id()).as("id of rule '%s'", r.name()).isEqualTo(r.name()).matches("[A-Z]{2}(-[A-Z0-9]+)+");
      assertThat(Arrays.stream(Criterion.values()).map(Enum::name)).as(r.id() + " @criterion").contains(r.criterion());
      assertThat(r.severity()).as(r.id() + " @severity").isIn("ERROR", "WARNING", "INFO");
      assertThat(r.verdict()).as(r.id() + " @verdict").isIn(
          r.severity().equals("ERROR") ? Set.of("NOT_MET") : r.severity().equals("WARNING") ? Set.of("") : Set.of("MET", "NOT_APPLICABLE"));
      assertThat(r.source()).as(r.id() + " @source").isNotBlank();
      assertThat(r.section()).as(r.id() + " @section").isNotBlank();
      assertThat(r.hint()).as(r.id() + " @hint").hasSizeGreaterThan(20);
      assertThat(r.file()).as(r.id() + " lives in its family folder").startsWith(FAMILIES.get(r.id().substring(0, 2)) + "/");
    });
    assertThat(TestRules.rules().catalogue()).extracting(RuleInfo::id).doesNotHaveDuplicates();
  }

  @Test
  void everyCriterionHasRulesToMeetItAndToFailIt() {
    for (Criterion c : Criterion.values()) {
      var rules = TestRules.rules().catalogue().stream().filter(r -> r.criterion().equals(c.name())).toList();
      assertThat(rules).as(c + " has a rule for MET").anyMatch(r -> r.verdict().equals("MET"));
      assertThat(rules).as(c + " has a rule for NOT_MET").anyMatch(r -> r.verdict().equals("NOT_MET"));
    }
  }

  @Test
  void everyRuleHasFixturesBesideIt() {
    for (RuleInfo r : TestRules.rules().catalogue()) {
      Path f = RuleDirs.rules().resolve(FixtureRunner.fixturePath(r));
      assertThat(f).as(r.id() + " fixture").isRegularFile();
      assertThat(read(f)).as(f.toString()).contains("\"fires\"").contains("\"quiet\"");
    }
  }

  @Test
  void everyRuleAndThresholdIsDocumented() {
    String doc = read(Path.of("docs/rules.md"));
    for (RuleInfo r : TestRules.rules().catalogue()) assertThat(doc).as("docs/rules.md documents " + r.id()).contains("`" + r.id() + "`");
    for (String t : TestRules.rules().thresholds().keySet()) assertThat(doc).as("docs/rules.md documents " + t).contains("`" + t + "`");
    for (Criterion c : Criterion.values()) assertThat(doc).as("docs/rules.md documents " + c).contains("`" + c.name() + "`");
  }

  @Test
  void theIndexListsExactlyTheRuleFiles() throws IOException {
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(RuleDirs.rules().resolve("ruleset.properties"))) {
      p.load(in);
    }
    Set<String> listed = Arrays.stream(p.getProperty("files").split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
    Set<String> present;
    try (Stream<Path> walk = Files.walk(RuleDirs.rules())) {
      present = walk.map(f -> RuleDirs.rules().relativize(f).toString().replace('\\', '/'))
          .filter(RuleFiles::isRuleFile).collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(listed).isEqualTo(present);
    assertThat(p.getProperty("version")).matches("\\d+\\.\\d+\\.\\d+");
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + p, e);
    }
  }
}
