package org.hscheck.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hscheck.report.CriterionResult;
import org.hscheck.report.Report;
import org.hscheck.report.RuleSetInfo;
import org.hscheck.report.Verdict;
import org.hscheck.submission.ReportStore;
import org.hscheck.web.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The secretariat's flow through the API and pages, with the background workers of the test application. */
@WebTest
class CallFlowTest {
  private static final RequestPostProcessor SECRETARIAT = httpBasic("secretariat", "secretariat");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;
  @Autowired ReportStore reports;
  @Autowired JdbcClient jdbc;

  private JsonNode json(org.springframework.test.web.servlet.ResultActions r) throws Exception {
    return JSON.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  private UUID createCall(String name, MockMultipartFile... files) throws Exception {
    var req = multipart("/api/calls").param("name", name).with(SECRETARIAT);
    for (MockMultipartFile f : files) req.file(f);
    JsonNode body = json(mvc.perform(req).andExpect(status().isCreated()).andExpect(header().exists("Location")));
    return UUID.fromString(body.path("call").path("id").asString());
  }

  private JsonNode awaitFinished(UUID call) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (true) {
      JsonNode p = json(mvc.perform(get("/api/calls/" + call + "/progress").with(SECRETARIAT)).andExpect(status().isOk()));
      if (p.path("finished").asBoolean()) return p;
      assertThat(System.nanoTime()).as("screening of call %s still running: %s", call, p).isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  private static MockMultipartFile file(String name, byte[] content) {
    return new MockMultipartFile("files", name, "application/octet-stream", content);
  }

  @Test
  void aBatchWithAZipIsScreenedInTheBackgroundAndShownInTheGrid() throws Exception {
    var zip = file("batch.zip", Proposals.zip("Lao", 3));
    var plain = file("Haiti.docx", Proposals.docx("Haiti", 5));
    var broken = file("Broken.pdf", "%PDF-1.4 truncated".getBytes(StandardCharsets.US_ASCII));
    var req = multipart("/api/calls").file(zip).file(plain).file(broken).param("name", "Call 2026").with(SECRETARIAT);
    JsonNode created = json(mvc.perform(req).andExpect(status().isCreated()));
    assertThat(created.path("queued").toString()).contains("Lao-1.docx", "Lao-3.docx", "Haiti.docx", "Broken.pdf");
    assertThat(created.path("skipped").toString()).contains("batch.zip: README.txt: not a .docx, .doc or .pdf file");
    UUID call = UUID.fromString(created.path("call").path("id").asString());

    JsonNode done = awaitFinished(call);
    assertThat(done.path("total").asInt()).isEqualTo(5);
    assertThat(done.path("done").asInt()).isEqualTo(5);

    JsonNode grid = json(mvc.perform(get("/api/calls/" + call + "/grid").with(SECRETARIAT)).andExpect(status().isOk()));
    assertThat(grid).hasSize(5);
    List<String> titles = new ArrayList<>();
    grid.forEach(r -> titles.add(r.path("title").asString()));
    assertThat(titles).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    JsonNode brokenRow = rowTitled(grid, "Broken");
    assertThat(brokenRow.path("outcome").asString()).isEqualTo("REJECTED");
    assertThat(brokenRow.path("errorCode").asString()).isNotBlank();
    JsonNode haiti = rowTitled(grid, "Haiti");
    assertThat(haiti.path("outcome").asString()).isEqualTo("ASSESSED");
    assertThat(haiti.path("verdicts").size()).isEqualTo(org.hscheck.report.Criterion.values().length);

    JsonNode assessed = json(mvc.perform(get("/api/calls/" + call + "/grid").param("status", "assessed").with(SECRETARIAT)));
    assertThat(assessed).hasSize(4);
    JsonNode byMet = json(mvc.perform(get("/api/calls/" + call + "/grid").param("sort", "met").param("dir", "desc")
        .with(SECRETARIAT)));
    List<Integer> met = new ArrayList<>();
    byMet.forEach(r -> met.add(r.path("met").asInt()));
    assertThat(met).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    String someVerdict = haiti.path("verdicts").properties().iterator().next().getValue().asString();
    String someCriterion = haiti.path("verdicts").properties().iterator().next().getKey();
    JsonNode filtered = json(mvc.perform(get("/api/calls/" + call + "/grid").param("criterion", someCriterion)
        .param("verdict", someVerdict).with(SECRETARIAT)));
    assertThat(filtered).isNotEmpty().allSatisfy(r ->
        assertThat(r.path("verdicts").path(someCriterion).asString()).isEqualTo(someVerdict));

    byte[] csv = mvc.perform(get("/api/calls/" + call + "/grid.csv").with(SECRETARIAT))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/csv"))
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("grid.csv")))
        .andReturn().getResponse().getContentAsByteArray();
    String csvText = new String(csv, StandardCharsets.UTF_8);
    assertThat(csvText).contains("Haiti.docx").contains("Lao-2.docx");
    byte[] xlsx = mvc.perform(get("/api/calls/" + call + "/grid.xlsx").param("text", "lao").with(SECRETARIAT))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    try (var wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      String sheet = sheetText(wb);
      assertThat(sheet).contains("Lao-1.docx").doesNotContain("Haiti.docx");
    }
  }

  @Test
  void reScreeningComparesEveryProposalWithItsReportUnderThePreviousRuleSet() throws Exception {
    UUID call = createCall("Re-screened call", file("Mali.docx", Proposals.docx("Mali", 5)),
        file("Niger.docx", Proposals.docx("Niger", 2)));
    awaitFinished(call);
    JsonNode rescreenSame = json(mvc.perform(post("/api/calls/" + call + "/rescreen").with(SECRETARIAT))
        .andExpect(status().isOk()));
    assertThat(rescreenSame.path("newRuleSet").asBoolean()).isFalse();
    assertThat(rescreenSame.path("queued").asInt()).isZero();

    // Pretend the call had been screened before with an older rule set whose verdict on one criterion differed.
    String current = jdbc.sql("SELECT rule_set_digest FROM screening_call WHERE id = ?").param(call).query(String.class).single();
    List<UUID> versions = jdbc.sql("SELECT version_id FROM screening_job WHERE call_id = ? ORDER BY created_at")
        .param(call).query(UUID.class).list();
    Map<UUID, Report> now = new LinkedHashMap<>();
    for (UUID v : versions) now.put(v, reports.forRuleSet(v, current).orElseThrow());
    UUID flipped = versions.get(0);
    for (var e : now.entrySet()) {
      Report r = e.getValue();
      List<CriterionResult> criteria = new ArrayList<>(r.criteria());
      if (e.getKey().equals(flipped)) {
        CriterionResult first = criteria.get(0);
        Verdict other = first.verdict() == Verdict.MET ? Verdict.NOT_MET : Verdict.MET;
        criteria.set(0, new CriterionResult(first.id(), other, first.summary(), first.findings()));
      }
      reports.save(e.getKey(), new Report(r.document(), r.outcome(), r.error(), new RuleSetInfo("old", "sha256:old"),
          criteria, r.findings(), r.outline()));
    }
    jdbc.sql("UPDATE screening_call SET rule_set_digest = 'sha256:old' WHERE id = ?").param(call).update();

    JsonNode rescreen = json(mvc.perform(post("/api/calls/" + call + "/rescreen").with(SECRETARIAT))
        .andExpect(status().isOk()));
    assertThat(rescreen.path("newRuleSet").asBoolean()).isTrue();
    assertThat(rescreen.path("call").path("previousRuleSetDigest").asString()).isEqualTo("sha256:old");
    awaitFinished(call);

    JsonNode changes = json(mvc.perform(get("/api/calls/" + call + "/changes").with(SECRETARIAT)).andExpect(status().isOk()));
    assertThat(changes).hasSize(2);
    for (JsonNode c : changes) {
      boolean isFlipped = c.path("versionId").asString().equals(flipped.toString());
      assertThat(c.path("state").asString()).isEqualTo(isFlipped ? "CHANGED" : "UNCHANGED");
      if (isFlipped) {
        JsonNode change = c.path("diff").path("changed").get(0);
        assertThat(change.path("criterion").asString()).isEqualTo(now.get(flipped).criteria().get(0).id().name());
        assertThat(change.path("after").asString()).isEqualTo(now.get(flipped).criteria().get(0).verdict().name());
      }
    }
    String page = mvc.perform(get("/calls/" + call).with(user("secretariat").roles("SECRETARIAT")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("What changed since the previous rule set").contains("CHANGED").contains("UNCHANGED");
  }

  @Test
  void pagesShowTheCallWithProgressGridAndFilters() throws Exception {
    var secretariat = user("secretariat").roles("SECRETARIAT");
    String location = mvc.perform(multipart("/calls").file(file("Chad.docx", Proposals.docx("Chad", 4)))
            .param("name", "Page call").with(secretariat).with(csrf()))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/calls/");
    UUID call = UUID.fromString(location.substring("/calls/".length()));
    awaitFinished(call);
    mvc.perform(get("/calls/" + call + "/progress").with(secretariat)).andExpect(status().isOk())
        .andExpect(jsonPath("$.finished").value(true)).andExpect(jsonPath("$.total").value(1));
    String page = mvc.perform(get("/calls/" + call).param("status", "ASSESSED").param("sort", "GENDER").with(secretariat))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("Page call").contains("Chad.docx").contains("1 proposal(s) shown.")
        .contains("grid.xlsx?status=ASSESSED&amp;sort=GENDER&amp;dir=asc");
    String list = mvc.perform(get("/calls").with(secretariat)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(list).contains("Page call");
    mvc.perform(multipart("/calls").file(file("x.docx", new byte[] {1})).param("name", "No token").with(secretariat))
        .andExpect(status().isForbidden());
  }

  @Test
  void onlyTheSecretariatAndAdminsReachCalls() throws Exception {
    mvc.perform(get("/api/calls").with(httpBasic("applicant", "applicant"))).andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    mvc.perform(get("/api/calls").with(httpBasic("reviewer", "reviewer"))).andExpect(status().isForbidden());
    mvc.perform(get("/calls").with(user("applicant").roles("APPLICANT"))).andExpect(status().isForbidden());
    mvc.perform(get("/api/calls").with(httpBasic("admin", "admin"))).andExpect(status().isOk());
  }

  @Test
  void refusedUploadsAndRequestsAreProblemsWithCodes() throws Exception {
    Map<String, byte[]> many = new LinkedHashMap<>();
    for (int i = 0; i <= 300; i++) many.put("p" + i + ".pdf", new byte[] {1});
    mvc.perform(multipart("/api/calls").file(file("many.zip", BatchUploadTest.zip(many, StandardCharsets.UTF_8)))
            .param("name", "Too many").with(SECRETARIAT))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.code").value("TOO_LARGE"))
        .andExpect(jsonPath("$.detail").value("The upload holds more than 300 files (at many.zip: p300.pdf)."));
    mvc.perform(multipart("/api/calls").file(file("bad.zip", "PK broken".getBytes(StandardCharsets.US_ASCII)))
            .param("name", "Corrupt").with(SECRETARIAT))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("CORRUPT"));
    mvc.perform(multipart("/api/calls").file(file("a.docx", Proposals.docx("A", 1))).param("name", " ").with(SECRETARIAT))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_REQUEST"));
    mvc.perform(get("/api/calls/" + UUID.randomUUID()).with(SECRETARIAT))
        .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT_FOUND"));
    UUID call = createCall("Filters", file("Peru.docx", Proposals.docx("Peru", 3)));
    mvc.perform(get("/api/calls/" + call + "/grid").param("verdict", "MAYBE").with(SECRETARIAT))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_REQUEST"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("verdict 'MAYBE' is not one of")));
    mvc.perform(get("/api/calls/" + call + "/grid.pdf").with(SECRETARIAT)).andExpect(status().isNotFound());
    awaitFinished(call);
  }

  private static JsonNode rowTitled(JsonNode grid, String title) {
    for (JsonNode r : grid) if (r.path("title").asString().equals(title)) return r;
    throw new AssertionError("no row titled " + title + " in " + grid);
  }

  private static String sheetText(XSSFWorkbook wb) {
    StringBuilder b = new StringBuilder();
    wb.getSheetAt(0).forEach(row -> row.forEach(cell -> b.append(cell.toString()).append('\t')));
    return b.toString();
  }
}
