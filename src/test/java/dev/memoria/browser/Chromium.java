package dev.memoria.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium driven through its ChromeDriver (Selenium). Tests that need it fail,
 * never skip, when it is missing: {@code .ci/run} installs {@code chromium chromium-driver}.
 */
final class Chromium implements AutoCloseable {

  static final Path BROWSER =
      Path.of(System.getenv().getOrDefault("MEMORIA_CHROMIUM", "/usr/bin/chromium"));
  static final Path DRIVER =
      Path.of(System.getenv().getOrDefault("MEMORIA_CHROMEDRIVER", "/usr/bin/chromedriver"));

  /**
   * Selenium looks for DevTools bindings of this exact Chromium version and warns when it has none;
   * the raw CDP commands used here do not need them. Held here so the settings are not collected.
   */
  private static final List<Logger> QUIET_LOGGERS =
      List.of(
          Logger.getLogger("org.openqa.selenium.devtools"),
          Logger.getLogger("org.openqa.selenium.chromium"));

  private final ChromeDriver driver;
  private final Path profile;

  Chromium() throws IOException {
    if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
      fail(
          "browser tests need Chromium and ChromeDriver at "
              + BROWSER
              + " and "
              + DRIVER
              + "; install them with: apt-get install -y chromium chromium-driver"
              + " (or set MEMORIA_CHROMIUM / MEMORIA_CHROMEDRIVER)");
    }
    // Selenium looks for DevTools bindings of this exact Chromium version and logs a warning when
    // it has none; the raw CDP commands used here do not need them.
    java.util.logging.Logger.getLogger("org.openqa.selenium.devtools")
        .setLevel(java.util.logging.Level.SEVERE);
    java.util.logging.Logger.getLogger("org.openqa.selenium.chromium")
        .setLevel(java.util.logging.Level.SEVERE);
    profile = Files.createTempDirectory("memoria-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    // The flags keep a headless Chromium from reaching for Google's services, which this
    // machine's closed network refuses (and which a test of "no request leaves the page" must
    // not see).
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--allow-file-access-from-files",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    // ChromeDriver's performance log carries DevTools network events: every request the page
    // makes, including ones that fail, which the page's own Resource Timing does not list.
    options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER.toString()))
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  ChromeDriver driver() {
    return driver;
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /**
   * The URLs of every request pages made since the last call (documents, scripts, styles, fonts,
   * images, fetches), in order.
   */
  List<String> requests() {
    List<String> urls = new java.util.ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      String message = entry.getMessage();
      if (!message.contains("\"Network.requestWillBeSent\"")) {
        continue;
      }
      Matcher url = REQUEST_URL.matcher(message);
      if (url.find()) {
        urls.add(url.group(1).replace("\\/", "/"));
      }
    }
    return urls;
  }

  private static final Pattern REQUEST_URL =
      Pattern.compile("\"request\":\\{.*?\"url\":\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** Makes the page look like a phone or a desktop screen, and light or dark. */
  void emulate(int width, int height, boolean mobile, boolean dark) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of(
            "features",
            List.of(
                Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"),
                // No smooth scrolling: a click must land where the element is, not where it is
                // on its way to.
                Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
  }

  /** A PNG of the whole page, not just the viewport. */
  void screenshot(Path file) throws IOException {
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
    Files.createDirectories(file.getParent());
    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var walk = Files.walk(profile)) {
      walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
