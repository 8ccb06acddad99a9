package org.hscheck.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.hscheck.report.Criterion;
import org.hscheck.report.Report;
import org.hscheck.report.RuleSetInfo;
import org.hscheck.report.Verdict;
import org.hscheck.submission.ReportStore;
import org.hscheck.submission.StoredProposals;
import org.hscheck.submission.SubmissionService;
import org.hscheck.web.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Reviewers confirm or override verdicts with a reason; the engine's verdict stays; who and when is kept. */
@WebTest
class ReviewTest {
  @Autowired MockMvc mvc;
  @Autowired SubmissionService submissions;
  @Autowired ReportStore reports;
  @Autowired ReviewService reviews;
  UUID version;

  @BeforeEach
  void storeAProposal() {
    var stored = new StoredProposals(submissions, reports);
    var s = stored.store("applicant", "Livelihoods " + UUID.randomUUID(),
        StoredProposals.report("p.pdf", Map.of(Criterion.COMMUNICATION, Verdict.NOT_MET)));
    version = stored.versionId(s, 1);
  }

  @Test
  void overrideIsKeptBesideTheEnginesVerdictWithWhoAndWhen() throws Exception {
    mvc.perform(post("/api/reviews/" + version + "/decisions").with(httpBasic("reviewer", "reviewer"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"criterion\":\"COMMUNICATION\",\"decision\":\"OVERRIDE\",\"verdict\":\"MET\","
                + "\"reason\":\"The annex budgets communication at 2%.\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.reviewer").value("reviewer"))
        .andExpect(jsonPath("$.engineVerdict").value("NOT_MET"))
        .andExpect(jsonPath("$.verdict").value("MET"))
        .andExpect(jsonPath("$.decidedAt").exists());

    mvc.perform(get("/api/reviews/" + version).with(httpBasic("reviewer", "reviewer")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.criteria[?(@.criterion=='COMMUNICATION')].engineVerdict").value("NOT_MET"))
        .andExpect(jsonPath("$.criteria[?(@.criterion=='COMMUNICATION')].review.verdict").value("MET"))
        .andExpect(jsonPath("$.history.length()").value(1));
    assertThat(reports.latest(version).orElseThrow().criteria().stream()
        .filter(c -> c.id() == Criterion.COMMUNICATION).findFirst().orElseThrow().verdict()).isEqualTo(Verdict.NOT_MET);
  }

  @Test
  void laterDecisionsAreAppendedNotReplaced() {
    reviews.decide(version, Criterion.GENDER, Decision.Kind.CONFIRM, null, "Clear gender analysis.", "reviewer", null);
    reviews.decide(version, Criterion.GENDER, Decision.Kind.OVERRIDE, Verdict.NOT_MET, "Second reading: no age data.", "admin", "sha256:test");
    var c = reviews.open(version);
    assertThat(c.history()).extracting(Decision::reviewer).containsExactly("reviewer", "admin");
    assertThat(c.history().get(0).verdict()).isEqualTo(Verdict.MET);
    assertThat(c.current().get(Criterion.GENDER).verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(c.engine(Criterion.GENDER).verdict()).isEqualTo(Verdict.MET);
  }

  @Test
  void decisionsNeedAReasonAndARealOverride() throws Exception {
    mvc.perform(post("/api/reviews/" + version + "/decisions").with(httpBasic("reviewer", "reviewer"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"criterion\":\"GENDER\",\"decision\":\"OVERRIDE\",\"verdict\":\"NOT_MET\",\"reason\":\"  \"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_REQUEST"))
        .andExpect(jsonPath("$.detail").value(containsString("reason")));
    mvc.perform(post("/api/reviews/" + version + "/decisions").with(httpBasic("reviewer", "reviewer"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"criterion\":\"GENDER\",\"decision\":\"OVERRIDE\",\"verdict\":\"MET\",\"reason\":\"Agree\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("confirm it instead")));
    mvc.perform(post("/api/reviews/" + version + "/decisions").with(httpBasic("reviewer", "reviewer"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"criterion\":\"NO_SUCH\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_REQUEST"));
    assertThat(reviews.history(version)).isEmpty();
  }

  @Test
  void applicantsMayNotReview() throws Exception {
    mvc.perform(get("/api/reviews/" + version).with(httpBasic("applicant", "applicant")))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
    mvc.perform(get("/review/" + version).with(user("applicant").roles("APPLICANT"))).andExpect(status().isForbidden());
  }

  @Test
  void reviewPageRecordsAnOverrideAndShowsItBesideTheEngine() throws Exception {
    var reviewer = user("reviewer").roles("REVIEWER");
    mvc.perform(post("/review/" + version + "/decisions").with(reviewer).with(csrf())
            .param("criterion", "COMMUNICATION").param("decision", "OVERRIDE").param("verdict", "MET")
            .param("reason", "Budget annex line 14 covers it."))
        .andExpect(redirectedUrl("/review/" + version + "#criterion-COMMUNICATION"));
    mvc.perform(get("/review/" + version).with(reviewer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("overridden")))
        .andExpect(content().string(containsString("Budget annex line 14 covers it.")))
        .andExpect(content().string(containsString("Audit trail")));
    mvc.perform(get("/review").with(reviewer)).andExpect(status().isOk())
        .andExpect(content().string(containsString("/review/" + version)));
  }

  @Test
  void aConfirmationOfAReportCheckedAgainSinceIsRefused() throws Exception {
    var reviewer = user("reviewer").roles("REVIEWER");
    mvc.perform(get("/review/" + version).with(reviewer)).andExpect(status().isOk())
        .andExpect(content().string(containsString("name=\"ruleSetDigest\" value=\"sha256:test\"")));
    mvc.perform(get("/api/reviews/" + version).with(httpBasic("reviewer", "reviewer")))
        .andExpect(jsonPath("$.ruleSetDigest").value("sha256:test"));
    // re-screened with another rule set while the reviewer had the page open: COMMUNICATION is now MET
    var r = StoredProposals.report("p.pdf", Map.of());
    reports.save(version, new Report(r.document(), r.outcome(), null, new RuleSetInfo("2", "sha256:newer"),
        r.criteria(), r.findings(), r.outline()));

    mvc.perform(post("/api/reviews/" + version + "/decisions").with(httpBasic("reviewer", "reviewer"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"criterion\":\"COMMUNICATION\",\"decision\":\"CONFIRM\",\"reason\":\"Not budgeted.\","
                + "\"ruleSetDigest\":\"sha256:test\"}"))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("REPORT_CHANGED"));
    mvc.perform(post("/review/" + version + "/decisions").with(reviewer).with(csrf())
            .param("criterion", "COMMUNICATION").param("decision", "CONFIRM").param("reason", "Not budgeted.")
            .param("ruleSetDigest", "sha256:test"))
        .andExpect(redirectedUrl("/review/" + version + "#criterion-COMMUNICATION"));
    assertThat(reviews.history(version)).isEmpty();

    Decision d = reviews.decide(version, Criterion.COMMUNICATION, Decision.Kind.CONFIRM, null, "Budgeted now.",
        "reviewer", "sha256:newer");
    assertThat(d.verdict()).isEqualTo(Verdict.MET);
    assertThat(d.ruleSetDigest()).isEqualTo("sha256:newer");
  }
}
