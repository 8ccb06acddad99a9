package org.hscheck.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.hscheck.report.CriterionResult;
import org.hscheck.report.Report;
import org.hscheck.report.Verdict;
import org.hscheck.submission.CheckService;
import org.hscheck.submission.ReportStore;
import org.hscheck.submission.Submission;
import org.hscheck.submission.SubmissionService;
import org.hscheck.submission.Version;
import org.hscheck.web.BrowserSupport;
import org.hscheck.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reviewer overrides a verdict with a reason; the override shows beside the engine's verdict and in the audit trail. */
@BrowserTest
class ReviewerBrowserTest {
  @LocalServerPort int port;
  @Autowired CheckService checks;
  @Autowired SubmissionService submissions;
  @Autowired ReportStore reports;
  @Autowired ReviewService reviews;

  @Test
  void reviewerOverridesAVerdictWithAReason() throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of("sample-proposals", "md-trafficking.pdf"));
    Report report = checks.check(bytes, "md-trafficking.pdf").report();
    Submission s = submissions.create("applicant", "Trafficking proposal for review " + UUID.randomUUID(), null);
    Version v = submissions.addVersion(s.id(), "applicant", "md-trafficking.pdf", "PDF", bytes);
    reports.save(v.id(), report);
    CriterionResult target = report.criteria().stream().filter(c -> c.verdict() == Verdict.NOT_MET).findFirst()
        .orElseThrow(() -> new AssertionError("the weak draft should have a criterion not met"));
    String id = target.id().name();

    try (BrowserSupport b = BrowserSupport.start(port)) {
      b.signIn("reviewer", "reviewer");
      b.waitForUrl("/review");
      b.driver().findElement(By.cssSelector("a.review-link[href$='" + v.id() + "']")).click();
      b.waitFor(By.id("criterion-" + id));

      new Select(b.driver().findElement(By.id("decision-" + id))).selectByValue("OVERRIDE");
      new Select(b.driver().findElement(By.id("verdict-" + id))).selectByValue("MET");
      b.driver().findElement(By.id("reason-" + id)).sendKeys("Section 3 of the annex describes it; the engine missed the table.");
      b.driver().findElement(By.id("save-" + id)).click();

      assertThat(b.waitFor(By.id("saved")).getText()).contains(id);
      WebElement row = b.driver().findElement(By.id("criterion-" + id));
      assertThat(row.findElement(By.cssSelector(".verdict.engine")).getText()).isEqualTo("Not met");
      assertThat(row.findElement(By.cssSelector(".reviewer-verdict")).getText())
          .contains("Met").contains("overridden").contains("reviewer").contains("the engine missed the table");
      assertThat(b.driver().findElement(By.id("audit")).getText()).contains("reviewer").contains("OVERRIDE MET")
          .contains("NOT_MET");
      b.screenshot("review");
    }
    assertThat(reviews.history(v.id())).singleElement()
        .satisfies(d -> assertThat(d.reviewer()).isEqualTo("reviewer"))
        .satisfies(d -> assertThat(d.engineVerdict()).isEqualTo(Verdict.NOT_MET));
  }
}
