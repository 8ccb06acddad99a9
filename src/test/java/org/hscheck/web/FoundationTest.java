package org.hscheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Security, problem details, OpenAPI and health of the application as a whole. */
@WebTest
class FoundationTest {
  @Autowired MockMvc mvc;

  @Test
  void loginPageListsDemoUsersAndOtherPagesNeedSignIn() throws Exception {
    mvc.perform(get("/login")).andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Demo users")));
    mvc.perform(get("/submissions")).andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
  }

  @Test
  void formLoginWithDemoUserSendsTheRoleToItsStartPage() throws Exception {
    mvc.perform(post("/login").param("username", "admin").param("password", "admin")
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
        .andExpect(redirectedUrl("/home"));
    mvc.perform(post("/login").param("username", "admin").param("password", "wrong")
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
        .andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void pagesRefusePostsWithoutCsrfToken() throws Exception {
    mvc.perform(post("/login").param("username", "admin").param("password", "admin"))
        .andExpect(status().isForbidden());
  }

  @Test
  void apiWithoutCredentialsIsAProblemWithCode() throws Exception {
    mvc.perform(get("/api/submissions"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.code").value("UNAUTHORIZED"))
        .andExpect(jsonPath("$.status").value(401));
  }

  @Test
  void apiRefusesARoleOutsideItsPaths() throws Exception {
    mvc.perform(get("/api/admin/rule-sets").with(httpBasic("applicant", "applicant")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("FORBIDDEN"));
  }

  @Test
  void unknownApiPathIsNotFoundProblem() throws Exception {
    mvc.perform(get("/api/no-such-thing").with(httpBasic("applicant", "applicant")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("NOT_FOUND"));
  }

  @Test
  void openApiAndHealthArePublic() throws Exception {
    String docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(docs).contains("\"openapi\"").contains("HSCheck API").contains("basic");
    mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    mvc.perform(get("/actuator/metrics").with(httpBasic("applicant", "applicant"))).andExpect(status().isForbidden());
  }
}
