package org.hscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table writer produces a spreadsheet the engine reads back; with -Dhscheck.writeThresholds=PATH it (re)writes the committed one. */
class ThresholdTableWriterTest {
  @Test
  void writtenTableIsReadBackAsThresholds(@TempDir Path tmp) throws Exception {
    String target = System.getProperty("hscheck.writeThresholds");
    if (target != null) ThresholdTableWriter.write(Path.of(target));
    Path dir = RuleDirs.copyOfRules(tmp);
    ThresholdTableWriter.write(dir.resolve("thresholds.drl.xlsx"));
    RuleSet set = RuleSet.load(dir);
    assertThat(set.thresholds()).hasSize(ThresholdTableWriter.ROWS.size());
    for (var row : ThresholdTableWriter.ROWS) {
      assertThat(set.thresholds().get(row.name())).isEqualByComparingTo(row.value());
    }
    assertThat(Files.size(dir.resolve("thresholds.drl.xlsx"))).isPositive();
  }
}
