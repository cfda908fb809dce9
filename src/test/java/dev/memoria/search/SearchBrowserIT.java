package dev.memoria.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import dev.memoria.bench.VaultGenerator;
import dev.memoria.search.Analysis.Chain;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Runs {@code search.js} in headless Chromium over the index of the seed notes and holds it to the
 * Java side: the same terms for every word of the word list and of the notes, the same top results
 * for every query of the query list, and no harm from hostile queries. Fails, never skips, without
 * Chromium ({@code apt-get install -y chromium chromium-driver}).
 */
class SearchBrowserIT {

  static final Path BROWSER =
      Path.of(System.getenv().getOrDefault("MEMORIA_CHROMIUM", "/usr/bin/chromium"));
  static final Path DRIVER =
      Path.of(System.getenv().getOrDefault("MEMORIA_CHROMEDRIVER", "/usr/bin/chromedriver"));
  static final Path RESOURCES = AnalysisGoldenTest.RESOURCES;
  static final int TOP = 5;

  /**
   * Selenium warns when it has no DevTools bindings for this Chromium, which these tests do not
   * use; held here so the quieter levels are not collected with the loggers.
   */
  static final List<Logger> QUIET_LOGGERS =
      List.of(
          Logger.getLogger("org.openqa.selenium.devtools"),
          Logger.getLogger("org.openqa.selenium.chromium"));

  @TempDir static Path temp;

  static SearchIndex index;
  static LocalSearch local;
  static Path page;
  static ChromeDriver driver;

  @BeforeAll
  static void start() throws IOException {
    index = Vaults.index(Vaults.graph(Vaults.SEED_NOTES));
    local = new LocalSearch(index);
    page = SearchSites.write(index, temp.resolve("site"));
    if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
      fail(
          "browser tests need Chromium and ChromeDriver at "
              + BROWSER
              + " and "
              + DRIVER
              + "; install them with: apt-get install -y chromium chromium-driver");
    }
    QUIET_LOGGERS.forEach(logger -> logger.setLevel(Level.SEVERE));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + Files.createTempDirectory(temp, "profile"));
    driver =
        new ChromeDriver(
            new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .build(),
            options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (local != null) {
      local.close();
    }
    if (index != null) {
      index.close();
    }
  }

  static List<String> lines(String file) throws IOException {
    return Files.readAllLines(RESOURCES.resolve(file), StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .toList();
  }

  /** Runs {@code body} (which ends by calling {@code done(value)}) in the page; returns value. */
  static Object async(String body, Object... args) {
    return ((JavascriptExecutor) driver)
        .executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "var args = arguments;"
                + "(async function () {"
                + body
                + "})().catch(function (e) { done('ERROR ' + e + ' ' + e.stack); });",
            args);
  }

  @SuppressWarnings("unchecked")
  static List<List<String>> browserResults(List<String> queries) {
    Object value =
        async(
            "var out = [];"
                + "for (var q of args[0]) {"
                + "  var r = await MemoriaSearch.query(q, {limit: "
                + TOP
                + "});"
                + "  out.push(r.map(function (x) { return x.url; }));"
                + "}"
                + "done(out);",
            queries);
    if (value instanceof String error) {
      fail(error);
    }
    return (List<List<String>>) value;
  }

  @Test
  void portedAnalysisGivesLuceneTermsForEveryWordOfTheListAndOfTheNotes() throws IOException {
    driver.get(page.toUri().toString());
    Set<String> words = new LinkedHashSet<>(AnalysisGoldenTest.words());
    // Only the notes: `memoria search` keeps its index in the vault's .memoria folder.
    List<Path> notes;
    try (var files = Files.list(Vaults.SEED_NOTES)) {
      notes = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
    }
    for (Path note : notes) {
      String text = Files.readString(note, StandardCharsets.UTF_8);
      for (Words.Span span : Words.of(text)) {
        words.add(text.substring(span.start(), span.end()));
      }
    }
    List<String> list = List.copyOf(words);
    Object value =
        async(
            "var out = [];"
                + "for (var w of args[0]) { out.push(await MemoriaSearch.analyseText(w)); }"
                + "done(out);",
            list);
    if (value instanceof String error) {
      fail(error);
    }
    @SuppressWarnings("unchecked")
    List<List<List<String>>> browser = (List<List<List<String>>>) value;
    List<String> differences = new ArrayList<>();
    try (Analyses analyses = new Analyses()) {
      for (int i = 0; i < list.size(); i++) {
        for (Chain chain : Chain.values()) {
          List<String> lucene = analyses.terms(chain, list.get(i));
          List<String> js = browser.get(i).get(chain.ordinal());
          if (!lucene.equals(js)) {
            differences.add(list.get(i) + " (" + chain + "): lucene " + lucene + ", js " + js);
          }
        }
      }
    }
    assertEquals(List.of(), differences);
    assertTrue(list.size() > 900, "words checked: " + list.size());
  }

  @Test
  void browserGivesTheTopResultsOfMemoriaSearchForEveryQueryOfTheList() throws IOException {
    driver.get(page.toUri().toString());
    List<String> queries = lines("queries.txt");
    List<List<String>> browser = browserResults(queries);
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      List<String> lucene =
          local.search(queries.get(i), Optional.empty(), TOP).stream().map(SearchHit::url).toList();
      if (!lucene.equals(browser.get(i))) {
        differences.add(queries.get(i) + ": lucene " + lucene + ", browser " + browser.get(i));
      }
    }
    assertEquals(List.of(), differences);
  }

  @Test
  void agreesWithMemoriaSearchOnAGeneratedVaultSplitIntoManyShards() throws IOException {
    Path vault = temp.resolve("generated");
    VaultGenerator.generate(vault, 400, VaultGenerator.DEFAULT_SEED);
    try (SearchIndex generated = Vaults.index(Vaults.graph(vault));
        LocalSearch search = new LocalSearch(generated)) {
      Path generatedPage = SearchSites.write(generated, temp.resolve("generated-site"));
      long lexicons =
          generated.browserFiles().stream().filter(f -> f.path().startsWith("search/lex-")).count();
      assertTrue(lexicons > 3, "lexicon shards: " + lexicons);
      driver.get(generatedPage.toUri().toString());
      List<String> queries = lines("queries.txt");
      List<List<String>> browser = browserResults(queries);
      List<String> differences = new ArrayList<>();
      int found = 0;
      for (int i = 0; i < queries.size(); i++) {
        List<String> lucene =
            search.search(queries.get(i), Optional.empty(), TOP).stream()
                .map(SearchHit::url)
                .toList();
        found += lucene.isEmpty() ? 0 : 1;
        if (!lucene.equals(browser.get(i))) {
          differences.add(queries.get(i) + ": lucene " + lucene + ", browser " + browser.get(i));
        }
      }
      assertEquals(List.of(), differences);
      assertTrue(found > queries.size() / 2, "queries with results: " + found);
    }
  }

  @Test
  void findsInflectedUnaccentedAndMistypedWordsWithHighlightsAsWritten() {
    driver.get(page.toUri().toString());
    Object value =
        async(
            "var out = {};"
                + "for (var q of ['préstamo', 'como gestiona', 'ownrship', 'gestionar']) {"
                + "  var r = await MemoriaSearch.query(q, {limit: 3});"
                + "  out[q] = r.length ? [r[0].url, r[0].lang, [].concat.apply([], r.map(function (x) {"
                + "    return x.snippet.filter(function (p) { return p.hit; })"
                + "      .map(function (p) { return p.text; }); }))] : [];"
                + "}"
                + "done(out);");
    @SuppressWarnings("unchecked")
    Map<String, List<Object>> results = (Map<String, List<Object>>) value;
    assertEquals("gestion-de-memoria-en-rust.html#heap", results.get("préstamo").get(0));
    // Snowball reads "prestamos" (written without its accent) as the verb prestar, as it reads
    // "prestado": the query's singular reaches both through its plural, and either is marked.
    List<?> prestamo = (List<?>) results.get("préstamo").get(2);
    assertFalse(prestamo.isEmpty(), results.toString());
    assertTrue(
        prestamo.stream().allMatch(m -> m.equals("prestamos") || m.equals("prestado")),
        results.toString());
    assertEquals("es", results.get("como gestiona").get(1));
    List<?> como = (List<?>) results.get("como gestiona").get(2);
    assertTrue(como.contains("Cómo") || como.contains("como"), como.toString());
    assertTrue(((List<?>) results.get("ownrship").get(2)).contains("Ownership"));
    assertEquals("es", results.get("gestionar").get(1));
  }

  @Test
  void hostileQueriesNeitherThrowNorInsertAnything() throws IOException {
    driver.get(page.toUri().toString());
    List<String> queries = new ArrayList<>(lines("hostile.txt"));
    queries.add("memoria ".repeat(2_000));
    queries.add("x".repeat(100_000));
    queries.add("\uD800 \uDFFF \u0000 \u2028");
    Object value =
        async(
            "var list = document.getElementById('results');"
                + "for (var q of args[0]) {"
                + "  var r = await MemoriaSearch.query(q, {limit: 5});"
                + "  if (r.length) { MemoriaSearch.render(r, list); }"
                + "}"
                + "var q = args[0][10];"
                + "MemoriaSearch.render([{url: 'a.html', href: 'a.html', title: q, section: q,"
                + "  lang: 'en', score: 1, snippet: [{text: q, hit: true}]}], list);"
                + "done([window.hacked === undefined,"
                + "  Array.from(document.querySelectorAll('script, img')).filter(function (e) {"
                + "    return !/(assets|search)\\/[a-z0-9-]+\\.js$/.test(e.src || ''); }).length,"
                + "  list.textContent.indexOf(q) >= 0]);",
            queries);
    assertEquals(
        List.of(true, 0L, true), value, "no handler ran and only search files are scripts");
    for (String query : queries) {
      local.search(query, Optional.empty(), 5);
    }
  }

  @Test
  void worksOverHttpUnderASubPath() throws IOException {
    Path site = page.getParent();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/notes/",
        exchange -> {
          Path file = site.resolve(exchange.getRequestURI().getPath().substring(7)).normalize();
          byte[] body =
              file.startsWith(site) && Files.isRegularFile(file)
                  ? Files.readAllBytes(file)
                  : new byte[0];
          exchange.getResponseHeaders().add("Content-Type", type(file));
          exchange.sendResponseHeaders(
              body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    try {
      driver.get("http://127.0.0.1:" + server.getAddress().getPort() + "/notes/page.html");
      List<List<String>> results = browserResults(List.of("heap"));
      assertFalse(results.get(0).isEmpty());
      assertEquals(
          local.search("heap", Optional.empty(), TOP).stream().map(SearchHit::url).toList(),
          results.get(0));
    } finally {
      server.stop(0);
    }
  }

  @Test
  void searchBoxShowsResultsAsYouTypeAndMovesWithTheKeyboard() throws IOException {
    driver.get(page.toUri().toString() + "?q=heap");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    By links = By.cssSelector("[data-memoria-search-results] a");
    wait.until(d -> !d.findElements(links).isEmpty());
    String top = local.search("heap", Optional.empty(), 1).get(0).url();
    assertTrue(
        driver.findElements(links).get(0).getAttribute("href").endsWith("/" + top),
        "the first result links to " + top);

    WebElement input = driver.findElement(By.cssSelector("[data-memoria-search]"));
    input.clear();
    input.sendKeys("prestamo");
    wait.until(
        d ->
            d.findElements(By.cssSelector("[data-memoria-search-results] mark")).stream()
                .anyMatch(mark -> mark.getText().matches("prestamos|prestado")));
    assertTrue(
        driver.findElements(links).get(0).getAttribute("href").endsWith("#heap"),
        "a result lands on its section");

    input.sendKeys(Keys.ARROW_DOWN);
    assertEquals(driver.findElements(links).get(0), driver.switchTo().activeElement());
    driver.findElement(By.tagName("body")).click();
    driver.findElement(By.tagName("body")).sendKeys("/");
    assertEquals(input, driver.switchTo().activeElement());

    input.clear();
    input.sendKeys("<b>memoria</b>");
    wait.until(d -> !d.findElements(links).isEmpty());
    assertEquals(0, driver.findElements(By.cssSelector("[data-memoria-search-results] b")).size());
  }

  private static String type(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".js")
        ? "text/javascript; charset=utf-8"
        : name.endsWith(".html") ? "text/html; charset=utf-8" : "application/octet-stream";
  }
}
