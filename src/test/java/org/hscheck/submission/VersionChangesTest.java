package org.hscheck.submission;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.hscheck.report.Criterion;
import org.hscheck.report.Verdict;
import org.hscheck.web.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A submission keeps every version and shows the verdicts gained and lost since the previous one. */
@WebTest
class VersionChangesTest {
  @Autowired MockMvc mvc;
  @Autowired SubmissionService submissions;
  @Autowired ReportStore reports;

  @Test
  void changesSinceThePreviousVersionListGainsAndLosses() throws Exception {
    var stored = new StoredProposals(submissions, reports);
    Submission s = stored.store("applicant", "Resilient communities",
        StoredProposals.report("v1.pdf", Map.of(Criterion.JOINT_NEEDS, Verdict.NOT_MET)),
        StoredProposals.report("v2.pdf", Map.of(Criterion.GENDER, Verdict.NOT_MET)),
        StoredProposals.report("v3.pdf", Map.of(Criterion.GENDER, Verdict.NOT_MET, Criterion.SUSTAINABILITY, Verdict.NOT_MET)));

    mvc.perform(get("/api/submissions/" + s.id() + "/changes?from=1&to=2").with(httpBasic("applicant", "applicant")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.gained[0].criterion").value("JOINT_NEEDS"))
        .andExpect(jsonPath("$.gained.length()").value(1))
        .andExpect(jsonPath("$.lost[0].criterion").value("GENDER"))
        .andExpect(jsonPath("$.lost[0].before").value("MET"))
        .andExpect(jsonPath("$.lost[0].after").value("NOT_MET"));

    mvc.perform(get("/api/submissions/" + s.id()).with(httpBasic("applicant", "applicant")))
        .andExpect(jsonPath("$.versions.length()").value(3))
        .andExpect(jsonPath("$.versions[2].versionNo").value(3))
        .andExpect(jsonPath("$.changesSincePrevious.fromVersion").value(2))
        .andExpect(jsonPath("$.changesSincePrevious.gained.length()").value(0))
        .andExpect(jsonPath("$.changesSincePrevious.lost[0].criterion").value("SUSTAINABILITY"));

    mvc.perform(get("/submissions/" + s.id()).with(user("applicant").roles("APPLICANT")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("What changed from version 2 to version 3")))
        .andExpect(content().string(containsString("Results last after the funding ends")))
        .andExpect(content().string(containsString("v1.pdf")));
  }

  @Test
  void unknownVersionIsNotFound() throws Exception {
    var stored = new StoredProposals(submissions, reports);
    Submission s = stored.store("applicant", "One version", StoredProposals.report("v1.pdf", Map.of()));
    mvc.perform(get("/api/submissions/" + s.id() + "/versions/7/report").with(httpBasic("applicant", "applicant")))
        .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT_FOUND"))
        .andExpect(jsonPath("$.detail").value(containsString("version 7")));
  }
}
