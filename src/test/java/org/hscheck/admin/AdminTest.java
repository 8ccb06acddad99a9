package org.hscheck.admin;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hscheck.web.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Admins upload rule sets that are verified before they can be activated. */
@WebTest
class AdminTest {
  @Autowired MockMvc mvc;

  @Test
  void aRuleSetThatDoesNotCompileIsRecordedAsFailedAndCannotBeActivated() throws Exception {
    byte[] zip = RuleSetArchiveTest.zip("rules/broken.drl", "package rules; rule \"x\" when then oops(");
    String body = mvc.perform(multipart("/api/admin/rule-sets")
            .file(new MockMultipartFile("file", "broken-rules.zip", "application/zip", zip))
            .with(httpBasic("admin", "admin")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("FAILED"))
        .andExpect(jsonPath("$.active").value(false))
        .andExpect(jsonPath("$.messages").isNotEmpty())
        .andReturn().getResponse().getContentAsString();
    String id = JsonMapper.builder().build().readTree(body).get("id").asString();
    mvc.perform(post("/api/admin/rule-sets/" + id + "/activate").with(httpBasic("admin", "admin")))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("NOT_VERIFIED"));
    mvc.perform(get("/api/admin/rule-sets").with(httpBasic("admin", "admin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.active.source").value("packaged with the application"))
        .andExpect(jsonPath("$.uploads[?(@.id=='" + id + "')].status").value("FAILED"));
  }

  @Test
  void uploadsThatAreNotZipsAreRefused() throws Exception {
    mvc.perform(multipart("/api/admin/rule-sets")
            .file(new MockMultipartFile("file", "rules.drl", "text/plain", "rule".getBytes()))
            .with(httpBasic("admin", "admin")))
        .andExpect(status().isUnsupportedMediaType()).andExpect(jsonPath("$.code").value("UNSUPPORTED_TYPE"))
        .andExpect(jsonPath("$.detail").value(containsString("rules.drl")));
  }

  @Test
  void onlyAdminsManageRuleSets() throws Exception {
    mvc.perform(get("/api/admin/rule-sets").with(httpBasic("reviewer", "reviewer")))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
  }
}
