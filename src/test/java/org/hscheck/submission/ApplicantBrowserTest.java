package org.hscheck.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.hscheck.report.Criterion;
import org.hscheck.web.BrowserSupport;
import org.hscheck.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An applicant drops a sample onto the page, sees its verdicts, downloads the annotated file and the PDF report,
 * submits it, uploads a revised version and sees what changed.
 */
@BrowserTest
class ApplicantBrowserTest {
  static final Path SAMPLES = Path.of("sample-proposals");
  @LocalServerPort int port;

  /** Drops a file onto the page's drop zone as a user dragging it from the desktop would. */
  static void drop(BrowserSupport b, Path file) throws Exception {
    String base64 = Base64.getEncoder().encodeToString(Files.readAllBytes(file));
    ((JavascriptExecutor) b.driver()).executeScript("""
        const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], arguments[1]));
        const zone = document.querySelector('.dropzone');
        zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));
        zone.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
        """, base64, file.getFileName().toString());
  }

  @Test
  void applicantChecksSubmitsAndRevisesADraft() throws Exception {
    try (BrowserSupport b = BrowserSupport.start(port)) {
      b.signIn("applicant", "applicant");
      b.waitFor(By.id("check-form"));
      b.screenshot("check");

      drop(b, SAMPLES.resolve("pg-prisons-hiv.docx"));
      b.waitForUrl("/report/precheck/");
      assertThat(b.waitFor(By.id("outcome")).getText()).isEqualTo("Assessed");
      List<WebElement> verdicts = b.driver().findElements(By.cssSelector("#criteria .verdict"));
      assertThat(verdicts).hasSize(Criterion.values().length);
      assertThat(verdicts).extracting(WebElement::getText).containsAnyOf("Not met").allMatch(
          t -> t.equals("Met") || t.equals("Not met") || t.equals("Not applicable"));
      assertThat(b.driver().findElements(By.cssSelector("#findings blockquote"))).isNotEmpty();
      b.screenshot("report");

      b.driver().findElement(By.id("download-annotated")).click();
      Path annotated = b.awaitDownload("-annotated.docx");
      assertThat(Files.readAllBytes(annotated)).startsWith('P', 'K');
      b.driver().findElement(By.id("download-pdf")).click();
      Path pdf = b.awaitDownload("-report.pdf");
      assertThat(new String(Files.readAllBytes(pdf), 0, 5)).isEqualTo("%PDF-");

      WebElement title = b.driver().findElement(By.id("title"));
      title.clear();
      title.sendKeys("Prison health and HIV");
      b.driver().findElement(By.id("submit")).click();
      b.waitForUrl("/submissions/");
      assertThat(b.waitFor(By.tagName("h1")).getText()).isEqualTo("Prison health and HIV");

      b.driver().findElement(By.id("file")).sendKeys(SAMPLES.resolve("th-migrant-hiv.docx").toAbsolutePath().toString());
      b.driver().findElement(By.id("upload-version")).click();
      WebElement changes = b.waitFor(By.id("changes"));
      assertThat(changes.getText()).contains("What changed from version 1 to version 2").contains("Gained:");
      assertThat(b.driver().findElements(By.cssSelector("#versions tbody tr"))).hasSize(2);
      b.screenshot("submission");
    }
  }
}
