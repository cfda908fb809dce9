package dev.memoria.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.testing.SiteServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search box of the built seed site in real headless Chromium, opened from disk and from a
 * server sub-path: Spanish and English queries (inflected, unaccented, with a typo) find the right
 * notes with highlighted snippets, results land on their section, the search page takes {@code ?q=}
 * and filters by language, the keyboard works, and hostile queries insert nothing. Screenshots land
 * in {@code target/screenshots/search-*.png}.
 */
class SiteSearchBrowserIT extends SeedSiteBrowserTest {

  private static final By RESULT_LINKS = By.cssSelector(".site-search-results a");

  SiteSearchBrowserIT() {
    super("search-site");
  }

  @Test
  void theHeaderBoxFindsInflectedUnaccentedAndMisspelledWordsFromDisk() {
    chromium.emulate(1280, 900, false, false);
    open("stack-heap.html");
    // Spanish, inflected: "liberamos" finds the forms of liberar. The note's best section is Heap
    // ("Rust libera automáticamente la memoria", "liberaciones", "se libera"), which outranks the
    // opening paragraph, the one with "liberar".
    assertTopResult("liberamos", "gestion-de-memoria-en-rust.html", "libera");
    // Spanish without its accent.
    assertTopResult("deterministico", "gestion-de-memoria-en-rust.html#heap", "determinístico");
    // English, inflected.
    assertTopResult("allocations", "stack-heap.html", "allocate");
    // English with a typo.
    assertTopResult("ownrship", "rust-memory-management-codesandwich.html", "Ownership");
  }

  @Test
  void aResultLandsOnItsSection() {
    chromium.emulate(1280, 900, false, false);
    open("index.html");
    type("deterministico");
    WebElement first = waitForResults().get(0);
    first.click();
    String url = chromium.driver().getCurrentUrl();
    assertTrue(url.endsWith("gestion-de-memoria-en-rust.html#heap"), url);
    WebElement heading = chromium.driver().findElement(By.id("heap"));
    assertEquals("Heap", heading.getText());
    Number top = (Number) chromium.js("return arguments[0].getBoundingClientRect().top;", heading);
    assertTrue(top.doubleValue() >= 0 && top.doubleValue() < 900, "the section is in view: " + top);
  }

  @Test
  void theKeyboardOpensSearchesAndMovesThroughResults() {
    chromium.emulate(1280, 900, false, false);
    open("index.html");
    chromium.driver().findElement(By.tagName("body")).sendKeys("/");
    WebElement input = chromium.driver().switchTo().activeElement();
    assertEquals("site-search-input", input.getAttribute("class"), "/ focuses the search box");
    input.sendKeys("hilos");
    List<WebElement> results = waitForResults();
    input.sendKeys(Keys.ARROW_DOWN);
    assertEquals(results.get(0), chromium.driver().switchTo().activeElement());
    chromium.driver().switchTo().activeElement().sendKeys(Keys.ARROW_UP);
    assertEquals(input, chromium.driver().switchTo().activeElement());
    input.sendKeys(Keys.ENTER);
    assertTrue(
        chromium.driver().getCurrentUrl().contains("gestion-de-memoria-en-rust.html#"),
        chromium.driver().getCurrentUrl());
  }

  @Test
  void theSearchPageTakesItsQueryFromTheAddressAndFiltersByLanguage() {
    chromium.emulate(1280, 900, false, false);
    open("search.html?q=heap&lang=es");
    By links = By.cssSelector(".search-page-results a");
    List<WebElement> spanish = wait(links);
    assertFalse(spanish.isEmpty());
    assertEquals(List.of("es"), languages(".search-page-results"));
    String status = chromium.driver().findElement(By.cssSelector(".search-status")).getText();
    // The search page speaks the site's language (memoria.yml: en).
    assertTrue(status.matches("\\d+ notes?"), "the count is written out: " + status);

    chromium.js(
        "var s = document.querySelector('[data-memoria-search-lang]');"
            + " s.value = 'en'; s.dispatchEvent(new Event('change'));");
    new WebDriverWait(chromium.driver(), Duration.ofSeconds(10))
        .until(d -> languages(".search-page-results").equals(List.of("en")));
    assertTrue(chromium.driver().getCurrentUrl().contains("lang=en"), "the address follows");
  }

  @Test
  void hostileQueriesNeitherBreakThePageNorInsertMarkup() {
    chromium.emulate(1280, 900, false, false);
    open("search.html");
    WebElement input = chromium.driver().findElement(By.id("search-page-q"));
    for (String query :
        List.of(
            "</script><img src=x onerror=\"document.title='owned'\">",
            "title:(heap OR",
            "*?[]{}()^~!\\\\",
            "!!!???...",
            "stack ".repeat(2000))) {
      input.clear();
      chromium.js("arguments[0].value = arguments[1];", input, query);
      chromium.js("arguments[0].dispatchEvent(new Event('input'));", input);
      chromium.js("return 1;");
      assertEquals(0, chromium.driver().findElements(By.cssSelector("main img")).size(), query);
      assertFalse("owned".equals(chromium.driver().getTitle()), query);
    }
    input.clear();
    input.sendKeys("stack");
    assertFalse(wait(By.cssSelector(".search-page-results a")).isEmpty(), "still searching");
  }

  @Test
  void searchWorksFromAServerSubPath() throws IOException {
    try (SiteServer server = SiteServer.start(site, "/docs/memoria/")) {
      chromium.emulate(1280, 900, false, false);
      chromium.driver().get(server.base() + "tags/rust.html");
      type("threads");
      WebElement first = waitForResults().get(0);
      String href = first.getAttribute("href");
      assertTrue(href.startsWith(server.base()), href);
      first.click();
      assertTrue(chromium.driver().getCurrentUrl().startsWith(server.base()));
      assertEquals(
          "Stack & Heap", chromium.driver().findElement(By.cssSelector("main h1")).getText());
    }
  }

  @Test
  void screenshotsOfTheSearchAreTaken() throws IOException {
    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    for (boolean dark : new boolean[] {false, true}) {
      for (boolean phone : new boolean[] {false, true}) {
        String suffix = (phone ? "phone" : "desktop") + "-" + (dark ? "dark" : "light");
        chromium.emulate(phone ? 390 : 1280, phone ? 844 : 900, phone, dark);
        open("gestion-de-memoria-en-rust.html");
        type("memoria heap");
        waitForResults();
        chromium.screenshot(shots.resolve("search-dropdown-" + suffix + ".png"));
        open("search.html?q=ownership");
        wait(By.cssSelector(".search-page-results a"));
        long overflow =
            (Long)
                chromium.js(
                    "return document.documentElement.scrollWidth -"
                        + " document.documentElement.clientWidth;");
        assertTrue(overflow <= 0, "the search page scrolls sideways by " + overflow + " px");
        chromium.screenshot(shots.resolve("search-page-" + suffix + ".png"));
      }
    }
    chromium.emulate(1280, 900, false, false);
  }

  private void assertTopResult(String query, String page, String highlighted) {
    type(query);
    List<WebElement> results = waitForResults();
    String href = results.get(0).getAttribute("href");
    assertTrue(href.endsWith("/" + page) || href.contains("/" + page + "#"), query + " → " + href);
    WebElement item = results.get(0).findElement(By.xpath("./.."));
    List<String> marks =
        item.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
    assertTrue(
        marks.stream().anyMatch(m -> m.equalsIgnoreCase(highlighted)),
        query + " highlights " + marks);
  }

  private void type(String query) {
    WebElement input = chromium.driver().findElement(By.cssSelector(".site-search-input"));
    input.clear();
    input.sendKeys(query);
  }

  private List<WebElement> waitForResults() {
    return wait(RESULT_LINKS);
  }

  private List<WebElement> wait(By selector) {
    return new WebDriverWait(chromium.driver(), Duration.ofSeconds(10))
        .until(
            d -> {
              List<WebElement> found = d.findElements(selector);
              return found.isEmpty() ? null : found;
            });
  }

  private List<String> languages(String list) {
    return chromium.driver().findElements(By.cssSelector(list + " .search-result-lang")).stream()
        .map(e -> e.getText().toLowerCase(java.util.Locale.ROOT))
        .distinct()
        .toList();
  }
}
