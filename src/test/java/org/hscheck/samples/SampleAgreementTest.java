package org.hscheck.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.hscheck.check.Checker;
import org.hscheck.document.ReadLimits;
import org.hscheck.eval.EvalPrinter;
import org.hscheck.eval.EvalResult;
import org.hscheck.eval.Evaluator;
import org.hscheck.rules.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * The checker judges every sample proposal as the reviewer did: the outcome and every verdict. On failure the
 * message is the eval command's report, with each disagreement and its evidence.
 */
class SampleAgreementTest {

  @Test
  void everySampleIsJudgedAsTheReviewerJudgedIt() throws Exception {
    Checker checker = new Checker(RuleSet.loadDefault(), ReadLimits.defaults());
    EvalResult result = new Evaluator(checker).evaluate(Path.of("sample-proposals"), name -> {});
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    EvalPrinter.text(result, new PrintStream(text, true, StandardCharsets.UTF_8));
    assertThat(result.documents()).as("sample documents").hasSizeGreaterThanOrEqualTo(15);
    assertThat(result.fullAgreement()).as(text.toString(StandardCharsets.UTF_8)).isTrue();
  }
}
