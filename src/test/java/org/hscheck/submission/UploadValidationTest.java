package org.hscheck.submission;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hscheck.web.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Uploads that are not Word or PDF files, or empty, are refused with the contract's codes before any check. */
@WebTest
class UploadValidationTest {
  @Autowired MockMvc mvc;

  @Test
  void apiRefusesOtherFileTypesAndEmptyUploads() throws Exception {
    mvc.perform(multipart("/api/checks").file(new MockMultipartFile("file", "notes.txt", "text/plain", "hello".getBytes()))
            .with(httpBasic("applicant", "applicant")))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(jsonPath("$.code").value("UNSUPPORTED_TYPE"))
        .andExpect(jsonPath("$.detail").value(containsString("notes.txt")));
    mvc.perform(multipart("/api/checks").file(new MockMultipartFile("file", "draft.pdf", "application/pdf", new byte[0]))
            .with(httpBasic("applicant", "applicant")))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_REQUEST"));
    mvc.perform(multipart("/api/checks").with(httpBasic("applicant", "applicant")))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_REQUEST"))
        .andExpect(jsonPath("$.detail").value(containsString("'file'")));
  }

  @Test
  void pageShowsTheProblemOnTheUploadForm() throws Exception {
    mvc.perform(multipart("/check").file(new MockMultipartFile("file", "budget.xlsx", "application/octet-stream", "PK".getBytes()))
            .with(user("applicant").roles("APPLICANT")).with(csrf()))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().string(containsString("is not a Word (.docx, .doc) or PDF file")))
        .andExpect(content().string(containsString("Drop your draft here")));
  }

  @Test
  void pageUploadWithoutCsrfTokenIsRefused() throws Exception {
    mvc.perform(multipart("/check").file(new MockMultipartFile("file", "d.pdf", "application/pdf", "%PDF".getBytes()))
            .with(user("applicant").roles("APPLICANT")))
        .andExpect(status().isForbidden());
  }

  @Test
  void secretariatMayNotSubmitAsAnApplicant() throws Exception {
    mvc.perform(multipart("/api/submissions").file(new MockMultipartFile("file", "d.pdf", "application/pdf", "%PDF".getBytes()))
            .with(httpBasic("secretariat", "secretariat")))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
  }
}
