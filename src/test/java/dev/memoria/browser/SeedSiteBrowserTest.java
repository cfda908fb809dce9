package dev.memoria.browser;

import dev.memoria.testing.Builds;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A browser test of the site built from the seed notes: builds {@code notes/} afresh into its own
 * folder under {@code target/} and starts one headless Chromium for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SeedSiteBrowserTest {

  final Path site;
  Chromium chromium;

  /** The site is built into {@code target/<folder>}. */
  SeedSiteBrowserTest(String folder) {
    this.site = Path.of("target", folder).toAbsolutePath();
  }

  @BeforeAll
  void buildSiteAndStartBrowser() throws IOException {
    Builds.freshBuild(Path.of("notes"), site);
    chromium = new Chromium();
  }

  @AfterAll
  void stopBrowser() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
  }

  /** Opens a page of the site from disk; {@code page} may carry a query or a fragment. */
  void open(String page) {
    chromium.driver().get(site.toUri() + page);
  }
}
