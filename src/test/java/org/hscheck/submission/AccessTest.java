package org.hscheck.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.hscheck.report.Criterion;
import org.hscheck.report.Verdict;
import org.hscheck.web.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An applicant sees only their own submissions, through the pages and through the API. */
@WebTest
class AccessTest {
  @Autowired MockMvc mvc;
  @Autowired SubmissionService submissions;
  @Autowired ReportStore reports;
  Submission theirs;
  UUID theirVersion;

  @BeforeEach
  void storeAnotherApplicantsSubmission() {
    StoredProposals stored = new StoredProposals(submissions, reports);
    String title = "Confidential plan " + UUID.randomUUID();
    theirs = stored.store("applicant", title, StoredProposals.report("plan.pdf", Map.of(Criterion.GENDER, Verdict.NOT_MET)));
    theirVersion = stored.versionId(theirs, 1);
  }

  @Test
  void anotherApplicantIsRefusedThroughThePages() throws Exception {
    var intruder = user("applicant2").roles("APPLICANT");
    for (String path : new String[] {"/submissions/" + theirs.id(), "/report/" + theirVersion,
        "/report/" + theirVersion + "/original", "/report/" + theirVersion + "/report.json",
        "/report/" + theirVersion + "/annotated"}) {
      mvc.perform(get(path).with(intruder))
          .andExpect(status().isNotFound())
          .andExpect(content().string(not(containsString(theirs.title()))))
          .andExpect(content().string(not(containsString("%PDF"))));
    }
    mvc.perform(get("/submissions").with(intruder)).andExpect(status().isOk())
        .andExpect(content().string(not(containsString(theirs.title()))));
  }

  @Test
  void anotherApplicantIsRefusedThroughTheApi() throws Exception {
    for (String path : new String[] {"/api/submissions/" + theirs.id(),
        "/api/submissions/" + theirs.id() + "/versions/1/report", "/api/submissions/" + theirs.id() + "/versions/1/original",
        "/api/submissions/" + theirs.id() + "/changes?from=1&to=1"}) {
      mvc.perform(get(path).with(httpBasic("applicant2", "applicant2")))
          .andExpect(status().isNotFound())
          .andExpect(jsonPath("$.code").value("NOT_FOUND"))
          .andExpect(content().string(not(containsString(theirs.title()))));
    }
    String list = mvc.perform(get("/api/submissions").with(httpBasic("applicant2", "applicant2")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(list).doesNotContain(theirs.id().toString());
  }

  @Test
  void theOwnerAndAReviewerMayRead() throws Exception {
    mvc.perform(get("/api/submissions/" + theirs.id()).with(httpBasic("applicant", "applicant")))
        .andExpect(status().isOk()).andExpect(jsonPath("$.title").value(theirs.title()))
        .andExpect(jsonPath("$.versions[0].notMet").value(1));
    mvc.perform(get("/api/submissions/" + theirs.id() + "/versions/1/report").with(httpBasic("reviewer", "reviewer")))
        .andExpect(status().isOk()).andExpect(jsonPath("$.criteria.length()").value(Criterion.values().length));
    mvc.perform(get("/submissions/" + theirs.id()).with(user("applicant").roles("APPLICANT")))
        .andExpect(status().isOk()).andExpect(content().string(containsString(theirs.title())));
  }

  @Test
  void anotherApplicantCannotAddAVersion() throws Exception {
    var file = new org.springframework.mock.web.MockMultipartFile("file", "v2.pdf", "application/pdf", "%PDF-1.4".getBytes());
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .multipart("/api/submissions/" + theirs.id() + "/versions").file(file)
            .with(httpBasic("applicant2", "applicant2")))
        .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT_FOUND"));
    assertThat(submissions.versions(theirs.id())).hasSize(1);
  }
}
