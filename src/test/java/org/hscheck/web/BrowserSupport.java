package org.hscheck.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Selenium with Debian's chromedriver; nothing is downloaded (Selenium
 * Manager does not run). The calling test is skipped, saying why, when the binaries are absent
 * ({@code apt-get install chromium chromium-driver}). Screenshots go to {@code target/screenshots/}; downloads to a
 * temporary folder.
 */
public final class BrowserSupport implements AutoCloseable {
  public static final Path CHROMIUM = Path.of(System.getProperty("hscheck.test.chromium", "/usr/bin/chromium"));
  public static final Path CHROMEDRIVER = Path.of(System.getProperty("hscheck.test.chromedriver", "/usr/bin/chromedriver"));
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(180);

  private final WebDriver driver;
  private final String baseUrl;
  private final Path downloads;
  private final Path profile;

  private BrowserSupport(WebDriver driver, String baseUrl, Path downloads, Path profile) {
    this.driver = driver;
    this.baseUrl = baseUrl;
    this.downloads = downloads;
    this.profile = profile;
  }

  /** Starts a headless browser for the application at {@code http://127.0.0.1:port}; skips the test without one. */
  public static BrowserSupport start(int port) {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Browser tests skipped: " + CHROMIUM + " and " + CHROMEDRIVER
            + " are needed (apt-get install -y --no-install-recommends chromium chromium-driver)");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    try {
      Path downloads = Files.createTempDirectory("hscheck-downloads");
      Path profile = Files.createTempDirectory("hscheck-chrome-profile");
      ChromeOptions o = new ChromeOptions();
      o.setBinary(CHROMIUM.toFile());
      o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
          "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--window-size=1280,1000", "--lang=en-GB", "--user-data-dir=" + profile);
      Map<String, Object> prefs = new HashMap<>();
      prefs.put("download.default_directory", downloads.toString());
      prefs.put("download.prompt_for_download", false);
      prefs.put("plugins.always_open_pdf_externally", true);
      prefs.put("safebrowsing.enabled", false);
      o.setExperimentalOption("prefs", prefs);
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
      ChromeDriver driver = new ChromeDriver(service, o);
      driver.manage().timeouts().pageLoadTimeout(WAIT);
      return new BrowserSupport(driver, "http://127.0.0.1:" + port, downloads, profile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the browser's temporary folders", e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens a path of the application ("/submissions"). */
  public void open(String path) {
    driver.get(baseUrl + path);
  }

  /** Signs in through the login form and waits for the landing page. */
  public void signIn(String user, String password) {
    open("/login");
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("sign-in")).click();
    new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().contains("/login"));
  }

  /** Signs out through the navigation. */
  public void signOut() {
    driver.findElement(By.id("logout")).click();
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/login"));
  }

  /** Waits until an element is visible and returns it. */
  public WebElement waitFor(By by) {
    return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Waits until the current URL contains a fragment. */
  public void waitForUrl(String fragment) {
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains(fragment));
  }

  /** Saves a screenshot of the window as {@code target/screenshots/NAME.png} and returns its path. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path target = SCREENSHOTS.resolve(name + ".png");
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save screenshot " + name, e);
    }
  }

  /** Waits for a finished download whose name ends with {@code suffix} and returns it. */
  public Path awaitDownload(String suffix) {
    long end = System.nanoTime() + WAIT.toNanos();
    long lastSize = -1;
    while (System.nanoTime() < end) {
      Optional<Path> done = find(suffix);
      // Chromium names the file before it has written it: wait for its bytes to arrive and stop growing
      long size = done.map(BrowserSupport::size).orElse(-1L);
      if (size > 0 && size == lastSize && !partialDownloads()) {
        return done.get();
      }
      lastSize = size;
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("no download ending in '" + suffix + "' appeared in " + downloads + " within " + WAIT);
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return -1;
    }
  }

  /** True while Chromium still writes a download (its partial files end in .crdownload). */
  private boolean partialDownloads() {
    try (var files = Files.list(downloads)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".crdownload"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + downloads, e);
    }
  }

  private Optional<Path> find(String suffix) {
    try (var files = Files.list(downloads)) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + downloads, e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    deleteQuietly(profile);
  }

  private static void deleteQuietly(Path dir) {
    try (var all = Files.walk(dir)) {
      all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary browser profile left behind is harmless
    }
  }
}
