package org.hscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged rule set loads precompiled (built by {@link PrecompiledRules} in process-classes, before the tests) from
 * the same files as rules/, and judges as the rules compiled at run time do.
 */
class PrecompiledRulesTest {

  @Test
  void theDefaultRuleSetIsThePrecompiledOneBuiltFromThePackagedFiles() {
    RuleSet packaged = RuleSet.loadDefault();
    RuleFiles sources = RuleFiles.fromDirectory(RuleDirs.rules());
    assertThat(packaged.origin()).isEqualTo("classpath:rules (precompiled)");
    assertThat(packaged.info().version()).isEqualTo(sources.version());
    assertThat(packaged.info().digest()).isEqualTo(sources.digest()).isEqualTo(RuleFiles.fromClasspath().digest());
  }

  @Test
  void rulesCompiledAtRunTimeHaveTheSameCatalogueAndPassEveryFixture() {
    RuleSet compiled = RuleSet.load(RuleDirs.rules());
    assertThat(compiled.origin()).isEqualTo(RuleDirs.rules().toString());
    assertThat(compiled.catalogue()).isEqualTo(RuleSet.loadDefault().catalogue());
    assertThat(compiled.thresholds()).isEqualTo(RuleSet.loadDefault().thresholds());
    assertThat(FixtureRunner.run(compiled, RuleDirs.rules())).filteredOn(r -> !r.passed()).as("failing fixtures").isEmpty();
  }

  @Test
  void aPrecompiledSetBuiltFromOtherFilesIsNotUsed() {
    RuleFiles packaged = RuleFiles.fromClasspath();
    Map<String, byte[]> edited = new TreeMap<>(packaged.files());
    String drl = new String(edited.get("plan/sustainability.drl"), StandardCharsets.UTF_8);
    edited.put("plan/sustainability.drl", (drl + "\n// edited\n").getBytes(StandardCharsets.UTF_8));
    assertThat(PrecompiledRules.load(packaged)).isNotNull();
    assertThat(PrecompiledRules.load(new RuleFiles(packaged.version(), edited, packaged.origin()))).isNull();
  }

  @Test
  void theBuildStepFailsNamingTheFileAndLineOfARuleThatDoesNotCompile(@TempDir Path tmp) throws Exception {
    Path dir = RuleDirs.copyOfRules(tmp);
    Path file = dir.resolve("form/gender.drl");
    Files.writeString(file, Files.readString(file).replace("firstQuote($s), $s));", "firstQuote($s), $undefined));"));
    Path out = Files.createDirectories(tmp.resolve("classes"));
    assertThatThrownBy(() -> PrecompiledRules.write(RuleFiles.fromDirectory(dir), out)).isInstanceOf(RuleSetException.class)
        .hasMessageContaining("rules/form/gender.drl line ").hasMessageContaining("undefined");
    assertThat(out).isEmptyDirectory();
  }
}
