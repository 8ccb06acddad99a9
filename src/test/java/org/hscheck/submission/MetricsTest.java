package org.hscheck.submission;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hscheck.web.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** A file that is not what its name says is refused with the report's code, and counted in the metrics. */
@WebTest
class MetricsTest {
  @Autowired MockMvc mvc;

  @Test
  void rejectedDocumentGivesTheContractCodeAndIsCounted() throws Exception {
    mvc.perform(multipart("/api/checks")
            .file(new MockMultipartFile("file", "draft.pdf", "application/pdf", "this is plain text, not a PDF".getBytes()))
            .with(httpBasic("applicant", "applicant")))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(jsonPath("$.code").value("UNSUPPORTED_TYPE"));
    mvc.perform(get("/actuator/metrics/hscheck.documents.checked").param("tag", "outcome:REJECTED")
            .with(httpBasic("admin", "admin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.measurements[0].value").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1.0)));
    mvc.perform(get("/actuator/metrics/hscheck.check.stage").param("tag", "stage:read").with(httpBasic("admin", "admin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.baseUnit").value("seconds"));
  }
}
