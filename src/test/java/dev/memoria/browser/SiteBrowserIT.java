package dev.memoria.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.testing.Builds;
import dev.memoria.testing.SiteServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The built seed site in real headless Chromium: opened from disk and from a server sub-path,
 * crawled link by link, checked for network requests, language, dark mode and keyboard use.
 * Screenshots of every page type land in {@code target/screenshots/} for people to look at.
 */
class SiteBrowserIT extends SeedSiteBrowserTest {

  SiteBrowserIT() {
    super("browser-site");
  }

  @Test
  void everyPageIsReachableFromTheIndexAndEveryInternalLinkResolves() throws IOException {
    Crawl crawl = crawl(site.resolve("index.html").toUri());
    assertEquals(List.of(), crawl.brokenLinks, "links to files that are not in the site");
    assertEquals(List.of(), crawl.missingAnchors, "links to #anchors the target page lacks");

    Set<String> pages = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(site)) {
      walk.filter(p -> p.toString().endsWith(".html"))
          .map(p -> site.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.equals("404.html"))
          .forEach(pages::add);
    }
    Set<String> unreached = new TreeSet<>(pages);
    unreached.removeAll(crawl.visited);
    assertEquals(Set.of(), unreached, "pages no link leads to");
    assertTrue(crawl.visited.size() >= 5 + 2, "the five notes, the index and the tags index");
  }

  @Test
  void noPageRequestsAnythingFromAnotherHost() throws IOException {
    Crawl crawl = crawl(site.resolve("index.html").toUri());
    chromium.requests();
    for (String page : crawl.visited) {
      chromium.driver().get(site.resolve(page).toUri().toString());
      chromium.driver().navigate().refresh();
      List<String> requests = chromium.requests();
      assertTrue(
          requests.stream().anyMatch(r -> r.endsWith("/assets/memoria.css")),
          "the network log sees the page's own requests: " + requests);
      for (String request : requests) {
        assertTrue(request.startsWith("file:"), page + " requested " + request);
      }
      String html = Files.readString(site.resolve(page), StandardCharsets.UTF_8);
      assertFalse(containsRemoteResource(html), page + " references a remote resource");
    }
  }

  @Test
  void theSpanishNoteHasASpanishInterface() {
    open("gestion-de-memoria-en-rust.html");
    assertEquals("es", chromium.js("return document.documentElement.lang;"));
    String nav = chromium.driver().findElement(By.cssSelector(".site-nav")).getText();
    assertTrue(nav.contains("Todas las notas"), nav);
    String meta = chromium.driver().findElement(By.cssSelector(".note-meta")).getText();
    assertTrue(meta.contains("Última modificación"), meta);

    open("stack-heap.html");
    assertEquals("en", chromium.js("return document.documentElement.lang;"));
    assertTrue(
        chromium.driver().findElement(By.cssSelector(".site-nav")).getText().contains("All notes"));
  }

  @Test
  void darkModeFollowsTheSystemAndTheToggleIsRemembered() {
    chromium.emulate(1280, 900, false, false);
    open("stack-heap.html");
    chromium.js("localStorage.removeItem('memoria-theme');");
    chromium.driver().navigate().refresh();
    double light = backgroundLuminance();
    assertTrue(light > 0.8, "light theme background, luminance " + light);

    chromium.emulate(1280, 900, false, true);
    double dark = backgroundLuminance();
    assertTrue(dark < 0.1, "system dark mode gives a dark background, luminance " + dark);

    chromium.driver().findElement(By.cssSelector(".theme-toggle")).click();
    assertTrue(backgroundLuminance() > 0.8, "the toggle switches to light");
    open("index.html");
    assertTrue(backgroundLuminance() > 0.8, "the choice is remembered on the next page");
    chromium.driver().findElement(By.cssSelector(".theme-toggle")).click();
    assertTrue(backgroundLuminance() < 0.1, "and the toggle switches back to dark");
    chromium.js("localStorage.removeItem('memoria-theme');");
    chromium.emulate(1280, 900, false, false);
  }

  @Test
  void keyboardReachesTheSkipLinkWithAVisibleFocusRing() {
    chromium.emulate(1280, 900, false, false);
    open("rust-memory-management-codesandwich.html");
    new Actions(chromium.driver()).sendKeys(Keys.TAB).perform();
    WebElement focused = chromium.driver().switchTo().activeElement();
    assertEquals("skip-link", focused.getAttribute("class"));
    assertNotEquals("none", focused.getCssValue("outline-style"));
    focused.sendKeys(Keys.ENTER);
    assertEquals("m_content", chromium.js("return document.activeElement.id;"));
  }

  @Test
  void theHealthPageLeadsToEachProblemInItsPage() {
    chromium.emulate(1280, 900, false, false);
    open("index.html");
    chromium.driver().findElement(By.cssSelector("a.health-link")).click();
    assertTrue(chromium.driver().getCurrentUrl().endsWith("/health.html"));
    String summary = chromium.driver().findElement(By.cssSelector(".health-summary")).getText();
    assertEquals("5 broken links, 14 missing sections", summary);
    chromium
        .driver()
        .findElement(
            By.cssSelector("a.finding-place[href$='gestion-de-memoria-en-rust.html#m_70_26']"))
        .click();
    WebElement target = chromium.driver().findElement(By.id("m_70_26"));
    assertEquals("ownership", target.getText());
    assertTrue(target.getAttribute("class").contains("missing"));
    assertEquals("a", target.getTagName());
    target.click();
    assertTrue(chromium.driver().getCurrentUrl().endsWith("/missing/ownership.html"));
    assertTrue(
        chromium
            .driver()
            .findElement(By.cssSelector("main"))
            .getText()
            .contains("Gestión de memoria en Rust"),
        "the stub lists the note that links to it");
    assertEquals(
        "es",
        chromium.js("return document.documentElement.lang;"),
        "in the linking note's language");
  }

  @Test
  void gapsShowAsMarkedMissingSectionsInThePagesLanguage() {
    open("rust-memory-management-codesandwich.html");
    List<WebElement> gaps = chromium.driver().findElements(By.cssSelector(".gap"));
    // The note's //PICTURE OF FLOW placeholders are now scenario blocks; its to-dos remain.
    assertEquals(12, gaps.size(), "12 to-dos");
    assertEquals(12, chromium.driver().findElements(By.cssSelector(".gap-todo")).size());
    assertTrue(gaps.get(0).getText().startsWith("Missing section"), gaps.get(0).getText());
    assertEquals("dashed", gaps.get(0).getCssValue("border-top-style"));
  }

  @Test
  void theIndexFiltersNotesByLanguage() {
    chromium.emulate(1280, 900, false, false);
    open("index.html");
    WebElement spanish =
        chromium.driver().findElement(By.cssSelector(".lang-filter button[data-lang='es']"));
    spanish.click();
    assertEquals(
        1L,
        chromium.js(
            "return document.querySelectorAll('section.lang-group:not([hidden])').length;"));
    assertEquals(
        "es",
        chromium.js(
            "return document.querySelector('section.lang-group:not([hidden])').dataset.lang;"));
    chromium.driver().findElement(By.cssSelector(".lang-filter button[data-lang='']")).click();
    assertEquals(
        2L,
        chromium.js(
            "return document.querySelectorAll('section.lang-group:not([hidden])').length;"));
  }

  @Test
  void pagesFitAPhoneScreenAndScreenshotsAreTaken() throws IOException {
    Map<String, String> pages = new TreeMap<>();
    pages.put("index", "index.html");
    pages.put("note-en", "rust-memory-management-codesandwich.html");
    pages.put("note-es", "gestion-de-memoria-en-rust.html");
    pages.put("tags", "tags/index.html");
    pages.put("tag", "tags/rust.html");
    pages.put("404", "404.html");
    pages.put("health", "health.html");
    pages.put("missing", "missing/ownership.html");
    Path shots = Path.of("target", "screenshots");
    for (Map.Entry<String, String> page : pages.entrySet()) {
      for (boolean dark : new boolean[] {false, true}) {
        for (boolean phone : new boolean[] {false, true}) {
          chromium.emulate(phone ? 390 : 1280, phone ? 844 : 900, phone, dark);
          open(page.getValue());
          long overflow =
              (Long)
                  chromium.js(
                      "return document.documentElement.scrollWidth -"
                          + " document.documentElement.clientWidth;");
          assertTrue(overflow <= 0, page.getKey() + " scrolls sideways by " + overflow + " px");
          chromium.screenshot(
              shots.resolve(
                  page.getKey()
                      + "-"
                      + (phone ? "phone" : "desktop")
                      + "-"
                      + (dark ? "dark" : "light")
                      + ".png"));
        }
      }
    }
    chromium.emulate(1280, 900, false, false);
  }

  @Test
  void theSiteWorksUnderASubPathOnAServer() throws IOException {
    try (SiteServer server = SiteServer.start(site, "/some/deep/path/")) {
      String base = server.base();
      chromium.emulate(1280, 900, false, false);
      chromium.driver().get(base + "index.html");
      String headerBackground =
          chromium
              .driver()
              .findElement(By.cssSelector(".site-header"))
              .getCssValue("background-color");
      assertNotEquals("rgba(0, 0, 0, 0)", headerBackground, "the stylesheet loaded");
      chromium.driver().findElement(By.linkText("Gestión de memoria en Rust")).click();
      assertEquals(base + "gestion-de-memoria-en-rust.html", chromium.driver().getCurrentUrl());
      chromium.driver().findElement(By.cssSelector("a.tag")).click();
      assertTrue(chromium.driver().getCurrentUrl().startsWith(base + "tags/"));
      chromium.driver().findElement(By.cssSelector(".site-nav a")).click();
      assertEquals(base + "index.html", chromium.driver().getCurrentUrl());
    }
  }

  @Test
  void mathAndDiagramsAreDrawnFromTheLocalCopiesOverFile() throws IOException {
    Path features = Path.of("target", "browser-features").toAbsolutePath();
    Path vault = Path.of("target", "browser-features-vault").toAbsolutePath();
    for (Path dir : List.of(features, vault)) {
      if (Files.exists(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
    Files.createDirectories(vault);
    Files.writeString(
        vault.resolve("Drawn.md"),
        """
        # Drawn

        Euler: $e^{i\\pi} + 1 = 0$.

        $$
        \\int_0^1 x^2\\,dx = \\frac{1}{3}
        $$

        ```mermaid
        graph TD
          Stack --> Heap
        ```

        A [[Missing note]] here.
        """);
    Builds.build(vault, features);
    chromium.emulate(1280, 900, false, false);
    chromium.driver().get(features.resolve("drawn.html").toUri().toString());
    new org.openqa.selenium.support.ui.WebDriverWait(
            chromium.driver(), java.time.Duration.ofSeconds(20))
        .until(d -> d.findElements(By.cssSelector("pre.mermaid svg")).size() == 1);
    assertEquals(2, chromium.driver().findElements(By.cssSelector(".math .katex")).size());
    assertEquals(
        1, chromium.driver().findElements(By.cssSelector(".math-display .katex-display")).size());
    WebElement missing = chromium.driver().findElement(By.cssSelector(".internal.missing"));
    assertEquals(
        "dashed", missing.getCssValue("text-decoration-style"), "missing links look apart");
    // Fonts load once glyphs need them; wait for that before reading what was requested.
    chromium
        .driver()
        .executeAsyncScript(
            "var done = arguments[arguments.length - 1]; document.fonts.ready.then(function () {"
                + " done(true); });");
    List<String> requests = chromium.requests();
    assertTrue(requests.stream().allMatch(r -> r.startsWith("file:")), requests.toString());
    assertTrue(
        requests.stream().anyMatch(r -> r.endsWith("/katex/katex.min.js")), requests.toString());
    assertTrue(
        requests.stream().anyMatch(r -> r.endsWith("/mermaid/mermaid.min.js")),
        requests.toString());
    assertTrue(
        requests.stream().anyMatch(r -> r.contains("/katex/fonts/") && r.endsWith(".woff2")),
        "KaTeX fonts load from the site: " + requests);

    missing.click();
    assertTrue(chromium.driver().getCurrentUrl().endsWith("/missing/missing-note.html"));
    assertTrue(
        chromium.driver().findElement(By.cssSelector("main")).getText().contains("Drawn"),
        "the stub lists the note that links to it");
  }

  private double backgroundLuminance() {
    String colour = (String) chromium.js("return getComputedStyle(document.body).backgroundColor;");
    String[] parts = colour.replaceAll("[^0-9,.]", "").split(",");
    double r = Double.parseDouble(parts[0]) / 255;
    double g = Double.parseDouble(parts[1]) / 255;
    double b = Double.parseDouble(parts[2]) / 255;
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  private static boolean containsRemoteResource(String html) {
    return html.matches(
        "(?s).*<(script|link|img|iframe|audio|video|source)[^>]+(src|href)=\"(https?:)?//.*");
  }

  /** What a breadth-first walk over the site's links found. */
  private static final class Crawl {
    final Set<String> visited = new TreeSet<>();
    final List<String> brokenLinks = new ArrayList<>();
    final List<String> missingAnchors = new ArrayList<>();
  }

  private Crawl crawl(URI start) {
    Crawl crawl = new Crawl();
    Deque<String> queue = new ArrayDeque<>();
    Map<String, Set<String>> anchorsWanted = new TreeMap<>();
    Set<String> queued = new HashSet<>();
    String startPage = site.relativize(Path.of(start)).toString();
    queue.add(startPage);
    queued.add(startPage);
    while (!queue.isEmpty()) {
      String page = queue.poll();
      chromium.driver().get(site.resolve(page).toUri().toString());
      crawl.visited.add(page);
      @SuppressWarnings("unchecked")
      List<String> hrefs =
          (List<String>)
              chromium.js(
                  // Links, and the forms a reader submits (the search box leads to search.html).
                  "return Array.prototype.map.call(document.querySelectorAll('a[href]'),"
                      + " function (a) { return a.href; }).concat(Array.prototype.map.call("
                      + "document.querySelectorAll('form[action]'), function (f) {"
                      + " return f.action; }));");
      for (String href : hrefs) {
        if (!href.startsWith("file:")) {
          continue;
        }
        URI uri = URI.create(href);
        Path target = Path.of(URI.create(uri.getScheme() + "://" + uri.getRawPath()));
        if (!target.startsWith(site) || !Files.isRegularFile(target)) {
          crawl.brokenLinks.add(page + " -> " + href);
          continue;
        }
        String targetPage = site.relativize(target).toString().replace('\\', '/');
        if (uri.getRawFragment() != null && !uri.getRawFragment().isEmpty()) {
          anchorsWanted
              .computeIfAbsent(targetPage, k -> new TreeSet<>())
              .add(URLDecoder.decode(uri.getRawFragment(), StandardCharsets.UTF_8));
        }
        if (targetPage.endsWith(".html") && queued.add(targetPage)) {
          queue.add(targetPage);
        }
      }
    }
    for (Map.Entry<String, Set<String>> wanted : anchorsWanted.entrySet()) {
      chromium.driver().get(site.resolve(wanted.getKey()).toUri().toString());
      for (String anchor : wanted.getValue()) {
        Object found =
            chromium.js("return document.getElementById(arguments[0]) !== null;", anchor);
        if (!Boolean.TRUE.equals(found)) {
          crawl.missingAnchors.add(wanted.getKey() + "#" + anchor);
        }
      }
    }
    return crawl;
  }
}
