package org.hscheck.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.hscheck.report.Criterion;
import org.hscheck.web.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** A pre-check of a real sample stores nothing; submitting it keeps the file, the version and the report. */
@WebTest
class PrecheckFlowTest {
  static final Path SAMPLES = Path.of("sample-proposals");
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired FileStore files;

  static MockMultipartFile sample(String name) throws Exception {
    return new MockMultipartFile("file", name, "application/octet-stream", Files.readAllBytes(SAMPLES.resolve(name)));
  }

  private String stored() throws Exception {
    long fileCount;
    try (var all = Files.walk(files.root())) {
      fileCount = all.filter(Files::isRegularFile).count();
    }
    return jdbc.sql("SELECT (SELECT COUNT(*) FROM submission) || '/' || (SELECT COUNT(*) FROM submission_version) || '/' "
        + "|| (SELECT COUNT(*) FROM report_record)").query(String.class).single() + "/" + fileCount;
  }

  @Test
  void precheckStoresNothingUntilTheApplicantSubmits() throws Exception {
    var applicant = user("applicant").roles("APPLICANT");
    var session = new MockHttpSession();
    String before = stored();
    String location = mvc.perform(multipart("/check").file(sample("pg-prisons-hiv.docx")).session(session)
            .with(applicant).with(csrf()))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/report/precheck/");
    mvc.perform(get(location).session(session).with(applicant))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("pg-prisons-hiv.docx")))
        .andExpect(content().string(containsString("criterion-" + Criterion.SUSTAINABILITY)))
        .andExpect(content().string(containsString("Submit this draft")));
    mvc.perform(get(location + "/report.json").session(session).with(applicant))
        .andExpect(status().isOk()).andExpect(jsonPath("$.criteria.length()").value(Criterion.values().length));
    assertThat(stored()).isEqualTo(before);

    mvc.perform(get(location).with(user("applicant2").roles("APPLICANT"))).andExpect(status().isNotFound());

    String submission = mvc.perform(post(location + "/submit").param("title", "Prison health").session(session)
            .with(applicant).with(csrf()))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    assertThat(stored()).isNotEqualTo(before);
    mvc.perform(get(submission).with(applicant)).andExpect(status().isOk())
        .andExpect(content().string(containsString("Prison health")))
        .andExpect(content().string(containsString("pg-prisons-hiv.docx")));
    mvc.perform(get(location).session(session).with(applicant)).andExpect(status().isNotFound());

    // a second click on the submit button shows the submission the first stored, and stores nothing more
    String afterFirst = stored();
    mvc.perform(post(location + "/submit").param("title", "Prison health").session(session).with(applicant).with(csrf()))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(submission));
    assertThat(stored()).isEqualTo(afterFirst);
  }

  @Test
  void aPrecheckWhoseSubmissionFailedCanBeSubmittedAgain() throws Exception {
    var applicant = user("applicant").roles("APPLICANT");
    var session = new MockHttpSession();
    String location = mvc.perform(multipart("/check").file(sample("tj-water-health.docx")).session(session)
            .with(applicant).with(csrf()))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    String before = stored();
    mvc.perform(post(location + "/submit").param("submissionId", UUID.randomUUID().toString()).session(session)
            .with(applicant).with(csrf()))
        .andExpect(status().isNotFound());
    assertThat(stored()).isEqualTo(before);
    mvc.perform(get(location).session(session).with(applicant)).andExpect(status().isOk());
    mvc.perform(post(location + "/submit").param("title", "Water").session(session).with(applicant).with(csrf()))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/submissions/*"));
  }

  @Test
  void apiChecksASampleAndSubmitsVersionsWithChanges() throws Exception {
    mvc.perform(multipart("/api/checks").file(sample("bf-securite-alimentaire.docx")).with(httpBasic("applicant", "applicant")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.outcome").value("ASSESSED"))
        .andExpect(jsonPath("$.document.format").value("DOCX"))
        .andExpect(jsonPath("$.criteria.length()").value(Criterion.values().length));
    mvc.perform(multipart("/api/checks").param("format", "pdf").file(sample("bf-securite-alimentaire.docx"))
            .with(httpBasic("applicant", "applicant")))
        .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));

    String created = mvc.perform(multipart("/api/submissions").file(sample("pg-prisons-hiv.docx"))
            .param("title", "Landslide").with(httpBasic("applicant", "applicant")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.versions[0].outcome").value("ASSESSED"))
        .andReturn().getResponse().getHeader("Location");
    mvc.perform(multipart(created + "/versions").file(sample("th-migrant-hiv.docx")).with(httpBasic("applicant", "applicant")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.versions.length()").value(2))
        .andExpect(jsonPath("$.changesSincePrevious.fromVersion").value(1))
        .andExpect(jsonPath("$.changesSincePrevious.gained").isNotEmpty());
  }

  @Test
  void imageOnlyScanIsNoTextNotAFailure() throws Exception {
    mvc.perform(multipart("/api/checks").file(sample("ht-scan-signed.pdf")).with(httpBasic("applicant", "applicant")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("NO_TEXT"));
  }
}
