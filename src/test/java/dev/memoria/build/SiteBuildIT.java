package dev.memoria.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.core.Diagnostic;
import dev.memoria.testing.Builds;
import dev.memoria.testing.TestVaults;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole builds of small vaults written inline, asserting on the files of the site. */
class SiteBuildIT {

  @TempDir Path temp;

  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

  private Path vault(Map<String, String> files) {
    return TestVaults.write(temp.resolve("vault"), files);
  }

  @Test
  void buildsObsidianSyntaxIntoLinkedPages() throws Exception {
    Path vault =
        vault(
            Map.of(
                "Home.md",
                """
                # Home

                Links: [[Target]], [[target|an alias]], [[Sub/Deep Note#Section Two]], [[Nowhere]], [[#Local]].

                ## Local

                A paragraph with a block id. ^blk

                ![[Target#Part]]

                ![[pic.png|300]]

                > [!tip]- Folded away
                > hidden text

                %%a secret comment%%

                ==marked== and #topic

                Inline math $E=mc^2$ here.

                ```mermaid
                graph TD; A-->B
                ```
                """,
                "Target.md",
                "# Target\n\nIntro.\n\n## Part\n\nembedded words\n\n## Other\n\nnot embedded\n",
                "Sub/Deep Note.md",
                "# Deep Note\n\n## Section Two\n\nDeep text.\n"));
    TestVaults.writeBytes(vault, "pic.png", PNG);
    Path site = temp.resolve("site");
    Builds.Outcome outcome = Builds.build(vault, site);
    assertEquals(3, outcome.result().published());

    String home = TestVaults.text(site, "home.html");
    assertTrue(home.contains("href=\"target.html\""), "wikilink to a note");
    assertTrue(home.contains(">an alias</a>"), "alias text shown");
    assertTrue(home.contains("href=\"sub/deep-note.html#section-two\""), "heading link");
    assertTrue(home.matches("(?s).*class=\"[^\"]*missing[^\"]*\"[^>]*>Nowhere<.*"), "missing link");
    assertFalse(home.contains("href=\"nowhere.html\""), "a missing note is not linked");
    assertTrue(home.contains("href=\"#local\""), "same-note heading link");
    assertTrue(home.contains("id=\"block-blk\""), "block id anchor");
    assertTrue(home.contains("embedded words"), "section embed");
    assertFalse(home.contains("not embedded"), "only the section is embedded");
    assertTrue(home.matches("(?s).*<img[^>]*src=\"attachments/pic\\.png\"[^>]*>.*"), "image embed");
    assertTrue(home.matches("(?s).*<img[^>]*width=\"300\"[^>]*>.*"), "image width");
    assertTrue(home.contains("<details class=\"callout\""), "folded callout");
    assertFalse(home.contains("a secret comment"), "comments are removed");
    assertTrue(home.contains("<mark>marked</mark>"), "highlight");
    assertTrue(home.contains("href=\"tags/topic.html\""), "inline tag");
    assertTrue(home.contains("assets/vendor/katex/katex.min.js"), "math page loads KaTeX");
    assertTrue(home.contains("assets/vendor/mermaid/mermaid.min.js"), "diagram page loads Mermaid");
    assertTrue(home.contains("<html lang=\"en\">"));

    String target = TestVaults.text(site, "target.html");
    assertTrue(target.contains("href=\"home.html\""), "backlink from Home");
    assertFalse(target.contains("katex"), "pages without math do not load KaTeX");

    assertTrue(Files.isRegularFile(site.resolve("attachments/pic.png")));
    assertArrayEquals(PNG, Files.readAllBytes(site.resolve("attachments/pic.png")));
    assertTrue(Files.isRegularFile(site.resolve("tags/topic.html")));
    assertTrue(Files.isRegularFile(site.resolve("tags/index.html")));
    assertTrue(Files.isRegularFile(site.resolve("assets/vendor/katex/katex.min.css")));
    assertTrue(Files.isRegularFile(site.resolve("404.html")));
    assertTrue(Files.isRegularFile(site.resolve("sitemap.xml")));
    assertTrue(Files.isRegularFile(site.resolve("feed.xml")));
    assertTrue(Files.isRegularFile(site.resolve("robots.txt")));
    String sitemap = TestVaults.text(site, "sitemap.xml");
    assertTrue(sitemap.contains("<loc>sub/deep-note.html</loc>"), "relative without --base-url");
  }

  @Test
  void theSameNotesGiveByteIdenticalSites() throws Exception {
    Path vault =
        vault(
            Map.of(
                "a/One.md", "---\ntags: [x, y/z]\n---\n# One\n\n[[Two]] [[Three#Nope]]\n",
                "b/Two.md", "# Two\n\n[[One]] #y/z\n",
                "es/Tres.md", "# Tres\n\nEsta nota está escrita en español y enlaza a [[One]].\n"));
    Builds.build(vault, temp.resolve("first"));
    Builds.build(vault, temp.resolve("second"));
    Map<String, byte[]> first = TestVaults.tree(temp.resolve("first"));
    Map<String, byte[]> second = TestVaults.tree(temp.resolve("second"));
    assertEquals(first.keySet(), second.keySet());
    first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
  }

  @Test
  void absoluteUrlsAppearOnlyWithABaseUrl() throws Exception {
    Path vault = vault(Map.of("One.md", "# One\n"));
    Path site = temp.resolve("site");
    Builds.build(vault, site, java.util.Optional.of("https://example.org/notes"));
    assertTrue(
        TestVaults.text(site, "sitemap.xml")
            .contains("<loc>https://example.org/notes/one.html</loc>"));
    assertTrue(
        TestVaults.text(site, "feed.xml").contains("href=\"https://example.org/notes/one.html\""));
    assertTrue(
        TestVaults.text(site, "robots.txt")
            .contains("Sitemap: https://example.org/notes/sitemap.xml"));
    assertTrue(
        TestVaults.text(site, "one.html")
            .contains("<link rel=\"canonical\" href=\"https://example.org/notes/one.html\">"));
    assertTrue(
        TestVaults.text(site, "one.html").contains("href=\"index.html\""), "pages stay relative");
  }

  @Test
  void translationsAreLinkedBothWaysWithHreflang() throws Exception {
    Path vault =
        vault(
            Map.of(
                "Box.es.md", "# Caja\n\nUna caja guarda su valor en el heap.\n",
                "Box.en.md", "# Box\n\nA box keeps its value on the heap.\n"));
    Path site = temp.resolve("site");
    Builds.build(vault, site);
    String spanish = TestVaults.text(site, "box-es.html");
    String english = TestVaults.text(site, "box-en.html");
    assertTrue(spanish.contains("<html lang=\"es\">"));
    assertTrue(spanish.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"box-en.html\">"));
    assertTrue(english.contains("<link rel=\"alternate\" hreflang=\"es\" href=\"box-es.html\">"));
    assertTrue(spanish.contains("Todas las notas"), "Spanish interface");
    assertTrue(english.matches("(?s).*class=\"lang-switch\".*href=\"box-es.html\".*"), "switch");
  }

  @Test
  void hostileAndBrokenNotesAreReportedAndNeverRunScript() throws Exception {
    Path vault =
        vault(
            Map.of(
                "Malformed.md",
                "---\ntitle: [unclosed\ntags: x\n---\n# Still built\n\nBody text.\n",
                "Self.md",
                "# Self\n\n![[Self]]\n",
                "Xss.md",
                """
                ---
                title: "\\"><script>alert('title')</script>"
                description: "' onmouseover='alert(1)"
                tags: [ok]
                ---
                <script>alert('raw')</script>

                <img src=x onerror="alert('img')">

                [click](javascript:alert('link'))

                [entity](&#106;avascript:alert('entity'))

                [[Self|</a><svg onload=alert('alias')>]]

                {{> partial}} {{=<% %>=}}
                """));
    TestVaults.writeBytes(
        vault,
        "Bom.md",
        ("\uFEFF---\r\ntitle: Con BOM\r\n---\r\n# Con BOM\r\n\r\nTexto.\r\n")
            .getBytes(StandardCharsets.UTF_8));
    TestVaults.writeBytes(
        vault,
        "Latin.md",
        "# Canción\n\nEsta nota se guardó en Latin-1 con acentos: corazón.\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    Path site = temp.resolve("site");
    Builds.Outcome outcome = Builds.build(vault, site);
    List<Diagnostic> all = outcome.result().problems();

    assertTrue(has(all, "frontmatter", "vault/Malformed.md", 3), all.toString());
    assertTrue(has(all, "encoding", "vault/Latin.md", 1), all.toString());
    assertTrue(
        all.stream()
            .anyMatch(d -> d.code().equals("embed-cycle") && d.pos().file().endsWith("Self.md")),
        all.toString());
    assertTrue(TestVaults.text(site, "malformed.html").contains("Body text."));
    assertTrue(TestVaults.text(site, "latin.html").contains("corazón"));
    assertTrue(TestVaults.text(site, "bom.html").contains("<title>Con BOM"));
    String xss = TestVaults.text(site, "xss.html");
    assertTrue(xss.contains("partial}}"), "template syntax in a note is printed as text");
    assertTrue(xss.contains("&lt;/a&gt;&lt;svg onload"), "a hostile alias is shown as text");

    for (Map.Entry<String, byte[]> file : TestVaults.tree(site).entrySet()) {
      if (file.getKey().endsWith(".html")) {
        assertNoScriptFromNotes(file.getKey(), new String(file.getValue(), StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void rebuildingRemovesPagesOfDeletedNotesAndLeavesUnchangedFilesAlone() throws Exception {
    Path vault = vault(Map.of("Keep.md", "# Keep\n", "Gone.md", "# Gone\n"));
    Path site = temp.resolve("site");
    Builds.build(vault, site);
    assertTrue(Files.exists(site.resolve("gone.html")));
    Files.delete(vault.resolve("Gone.md"));
    Builds.Outcome second = Builds.build(vault, site);
    assertFalse(Files.exists(site.resolve("gone.html")));
    assertTrue(second.result().write().removed() >= 1);
    Builds.Outcome third = Builds.build(vault, site);
    assertEquals(0, third.result().write().written(), "nothing changed, nothing written");
  }

  private static boolean has(List<Diagnostic> all, String code, String fileSuffix, int line) {
    return all.stream()
        .anyMatch(
            d ->
                d.code().equals(code)
                    && d.pos().file().endsWith(fileSuffix)
                    && d.pos().line() == line);
  }

  private static final Pattern SCRIPT =
      Pattern.compile("<script\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern SCRIPT_URL =
      Pattern.compile(
          "(href|src|action|formaction|data)\\s*=\\s*[\"']?\\s*(javascript|vbscript):",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern EVENT_ATTRIBUTE =
      Pattern.compile("<[^>]+\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

  /** Only the theme's own scripts may appear; no event handler attribute, no javascript: URL. */
  private static void assertNoScriptFromNotes(String page, String html) {
    List<String> scripts = new ArrayList<>();
    Matcher script = SCRIPT.matcher(html);
    while (script.find()) {
      String tag = script.group();
      boolean theme =
          tag.equals("<script>")
              || tag.matches("<script src=\"(\\.\\./)*assets/[a-z0-9/._-]+\\.js\" defer>");
      if (!theme) {
        scripts.add(tag);
      }
    }
    assertEquals(List.of(), scripts, page + " has scripts that are not the theme's");
    int inlineScripts = html.split("<script>", -1).length - 1;
    assertTrue(inlineScripts <= 1, page + " has more than the theme's one inline script");
    assertFalse(EVENT_ATTRIBUTE.matcher(html).find(), page + " has an event handler attribute");
    assertFalse(SCRIPT_URL.matcher(html).find(), page + " has a javascript: URL");
  }
}
