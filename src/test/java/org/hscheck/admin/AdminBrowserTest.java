package org.hscheck.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hscheck.web.BrowserSupport;
import org.hscheck.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An admin sees the active rule set, uploads a new one that is verified, and activates it. */
@BrowserTest
class AdminBrowserTest {
  @LocalServerPort int port;
  @Autowired RuleSetRegistry registry;
  @TempDir Path tmp;

  @Test
  void adminUploadsVerifiesAndActivatesARuleSet() {
    try (BrowserSupport b = BrowserSupport.start(port)) {
      b.open("/login");
      b.screenshot("login");
      b.signIn("admin", "admin");
      b.waitForUrl("/admin/rules");
      String packaged = b.waitFor(By.id("active-version")).getText();
      assertThat(packaged).isEqualTo(registry.activeInfo().version());
      assertThat(b.driver().findElement(By.id("active-source")).getText()).contains("packaged");

      b.driver().findElement(By.id("rules-file")).sendKeys(RuleSetZips.projectRulesFile(tmp).toAbsolutePath().toString());
      b.driver().findElement(By.id("upload-rules")).click();
      assertThat(b.waitFor(By.id("saved")).getText()).contains("compiled and passed");
      assertThat(b.driver().findElement(By.id("uploads")).getText()).contains("rules-next.zip").contains("VERIFIED");
      b.driver().findElement(By.cssSelector("#uploads button.activate")).click();
      assertThat(b.waitFor(By.id("saved")).getText()).contains("is now active");
      assertThat(b.driver().findElement(By.id("active-source")).getText()).contains("uploaded rules-next.zip");
      b.screenshot("admin-rules");
      assertThat(registry.activeInfo().digest()).isEqualTo(b.driver().findElement(By.id("active-digest")).getText());

      b.driver().findElement(By.cssSelector("#active form button")).click();
      assertThat(b.waitFor(By.id("active-source")).getText()).contains("packaged");
    }
  }
}
