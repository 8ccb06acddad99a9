package org.hscheck.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hscheck.web.BrowserSupport;
import org.hscheck.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The secretariat in Chromium: uploads a batch (a .zip of sample proposals and a single file), watches the live
 * progress, filters and sorts the grid, and exports it as XLSX and CSV. Screenshots go to target/screenshots/.
 */
@BrowserTest
class SecretariatBrowserTest {
  private static final Path SAMPLES = Path.of("sample-proposals");
  private static final List<String> ZIPPED = List.of("tj-water-health.docx", "zw-gender-hiv.docx",
      "ke-turkana-resilience.pdf", "lk-returnees.doc", "np-landslide-draft.docx");
  private static final String SINGLE = "th-migrant-hiv.docx";

  @LocalServerPort int port;

  @Test
  void secretariatUploadsABatchWatchesItAndExportsTheGrid() throws Exception {
    Path dir = Files.createTempDirectory("hscheck-batch");
    Path zip = dir.resolve("call-2026.zip");
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (String name : ZIPPED) entries.put("call-2026/" + name, Files.readAllBytes(SAMPLES.resolve(name)));
    Files.write(zip, BatchUploadTest.zip(entries, StandardCharsets.UTF_8));
    Path single = SAMPLES.resolve(SINGLE).toAbsolutePath();

    try (BrowserSupport b = BrowserSupport.start(port)) {
      b.driver().manage().window().setSize(new Dimension(1440, 1500));
      b.signIn("secretariat", "secretariat");
      b.waitForUrl("/calls");
      b.waitFor(By.id("new-call"));
      b.driver().findElement(By.id("call-name")).sendKeys("Call 2026 - Human security in protracted crises");
      b.driver().findElement(By.id("call-files")).sendKeys(zip.toAbsolutePath() + "\n" + single);
      assertThat(b.driver().findElement(By.id("chosen")).getText()).contains("2 file(s)");
      b.screenshot("secretariat-new-call");
      b.driver().findElement(By.id("upload-call")).click();

      b.waitFor(By.id("progress"));
      assertThat(b.driver().findElement(By.id("upload-result")).getText()).contains("6 proposal(s) queued");
      b.screenshot("secretariat-call-progress");
      // the page reloads itself once the screening has finished: wait for the reloaded, server-rendered page
      new WebDriverWait(b.driver(), java.time.Duration.ofMinutes(3))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(d -> "true".equals(d.findElement(By.id("progress")).getDomAttribute("data-finished")));
      assertThat(b.driver().findElement(By.id("progress-state")).getText()).isEqualTo("finished");
      assertThat(b.driver().findElement(By.id("progress-text")).getText()).isEqualTo("6 of 6 screened");
      assertThat(b.driver().findElement(By.id("count-done")).getText()).isEqualTo("6");
      assertThat(b.driver().findElement(By.id("count-failed")).getText()).isEqualTo("0");
      List<WebElement> rows = b.driver().findElements(By.cssSelector("#grid tbody tr"));
      assertThat(rows).hasSize(6);
      assertThat(b.driver().findElements(By.cssSelector("#grid .dot"))).isNotEmpty();
      b.screenshot("secretariat-grid");

      new Select(b.driver().findElement(By.id("filter-criterion"))).selectByValue("MULTI_AGENCY");
      new Select(b.driver().findElement(By.id("filter-verdict"))).selectByValue("MET");
      b.driver().findElement(By.id("apply-filters")).click();
      b.waitForUrl("verdict=MET");
      int met = b.driver().findElements(By.cssSelector("#grid tbody tr")).size();
      assertThat(b.driver().findElements(By.cssSelector("#grid tbody tr .dot[title^='Multi agency']")))
          .hasSize(met).allSatisfy(dot -> assertThat(dot.getDomAttribute("class")).contains("MET"));
      b.driver().findElement(By.id("sort-met")).click();
      b.waitForUrl("sort=met");
      assertThat(b.driver().getCurrentUrl()).contains("criterion=MULTI_AGENCY");
      b.screenshot("secretariat-grid-filtered");

      b.driver().findElement(By.id("export-xlsx")).click();
      Path xlsx = b.awaitDownload(".xlsx");
      try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
        assertThat(wb.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(met + 1);
      }
      b.driver().findElement(By.id("export-csv")).click();
      String csv = Files.readString(b.awaitDownload(".csv"), StandardCharsets.UTF_8);
      assertThat(csv.lines().count()).isGreaterThanOrEqualTo(met + 1L);

      b.open("/calls");
      assertThat(b.waitFor(By.id("calls")).getText()).contains("Call 2026 - Human security in protracted crises");
      b.screenshot("secretariat-calls");
    } finally {
      deleteQuietly(dir);
    }
  }

  private static void deleteQuietly(Path dir) throws IOException {
    try (var all = Files.walk(dir)) {
      all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
