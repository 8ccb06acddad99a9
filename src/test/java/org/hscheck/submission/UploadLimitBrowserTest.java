package org.hscheck.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.hscheck.web.BrowserSupport;
import org.hscheck.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.unit.DataSize;

/** An upload above the size limit is answered with a clear message, on the page and through the API. */
@BrowserTest
class UploadLimitBrowserTest {
  @LocalServerPort int port;
  @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size}") DataSize limit;
  @TempDir Path tmp;

  private Path oversized() throws Exception {
    Path big = tmp.resolve("huge-draft.pdf");
    byte[] chunk = new byte[1 << 20];
    try (var out = Files.newOutputStream(big)) {
      out.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
      for (long n = 0; n <= limit.toMegabytes(); n++) {
        out.write(chunk);
      }
    }
    return big;
  }

  @Test
  void apiAnswersTooLargeAsAProblem() throws Exception {
    Path big = oversized();
    String boundary = "b" + System.nanoTime();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge-draft.pdf\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/checks"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("applicant:applicant".getBytes()))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
            HttpRequest.BodyPublishers.ofFile(big), HttpRequest.BodyPublishers.ofByteArray(tail)))
        .build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    assertThat(response.body()).contains("\"code\":\"TOO_LARGE\"").contains("at most " + limit.toMegabytes() + "MB");
  }

  @Test
  void pageExplainsTheLimit() throws Exception {
    Path big = oversized();
    try (BrowserSupport b = BrowserSupport.start(port)) {
      b.signIn("applicant", "applicant");
      b.waitFor(By.id("check-form"));
      b.driver().findElement(By.id("file")).sendKeys(big.toAbsolutePath().toString());
      b.driver().findElement(By.id("check")).click();
      assertThat(b.waitFor(By.id("problem")).getText()).contains("too large").contains(limit.toMegabytes() + "MB");
    }
  }
}
