package dev.memoria.render.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.config.SiteConfig;
import dev.memoria.core.Diagnostics;
import dev.memoria.markdown.Notes;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile notes, in the spirit of markdown-it's test/fixtures/markdown-it/xss.txt. */
class XssTest {

  static List<String> corpus() {
    return List.of(
        "[normal link](javascript)",
        "[xss link](javascript:alert(1))",
        "[xss link](JAVASCRIPT:alert(1))",
        "[xss link](vbscript:alert(1))",
        "[xss link](VBSCRIPT:alert(1))",
        "[xss link](file:///123)",
        "[xss link](&#34;&#62;&#60;script&#62;alert&#40;&#34;xss&#34;&#41;&#60;/script&#62;)",
        "[xss link](&#74;avascript:alert(1))",
        "[xss link](&#x26;#74;avascript:alert(1))",
        "[xss link](\\&#74;avascript:alert(1))",
        "[xss link](<javascript:alert(1)>)",
        "[xss link](javascript&#x3A;alert(1))",
        "[xss link](javascript&colon;alert(1))",
        "[xss link](java&#9;script:alert(1))",
        "[xss link](java&#115;cript:alert(origin))",
        "[xss link](%6A%61vascript:alert(1))",
        "[xss link](<java script:alert(1)>)",
        "[xss link](<\u0001javascript:alert(1)>)",
        "[xss link]( javascript:alert(1))",
        "![xss image](javascript:alert(1))",
        "![xss image](data:image/svg+xml;base64,PHN2Zy8+)",
        "[xss link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[xss link][ref]\n\n[ref]: javascript:alert(1)",
        "![xss image][ref]\n\n[ref]: vbscript:alert(1)",
        "<javascript:alert(1)>",
        "<vbscript:alert(1)>",
        "<https://x.org\"onmouseover=\"alert(1)>",
        "[a](https://x.org\"onmouseover=\"alert(1))",
        "[a](https://x.org \"title\\\" onmouseover=\\\"alert(1)\")",
        "<script>alert(1)</script>",
        "text <script>alert(1)</script> text",
        "<img src=x onerror=alert(1)>",
        "text <img src=x onerror=alert(1)> text",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<iframe src=\"https://evil.org\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<base href=\"https://evil.org/\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.org\">",
        "<form action=\"https://evil.org\"><input type=\"submit\"></form>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<svg onload=alert(1)>",
        "<details open ontoggle=alert(1)>x</details>",
        "<input autofocus onfocus=alert(1)>",
        "<noscript><style></noscript><img src=x onerror=alert(1)></style>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "[[Page|</a><svg onload=alert(1)>]]",
        "[[<img src=x onerror=alert(1)>]]",
        "[[Target#\"><script>alert(1)</script>]]",
        "![[x.png|\"><script>alert(1)</script>]]",
        "![[Nowhere\" onerror=\"alert(1)]]",
        "> [!\"><script>alert(1)</script>] title <img src=x onerror=alert(1)>\n> body",
        "```\"><script>alert(1)</script>\ncode\n```",
        "```mermaid\n<script>alert(1)</script>\n```",
        "$<script>alert(1)</script>$",
        "$$\n<img src=x onerror=alert(1)>\n$$",
        "#<script>alert(1)</script>",
        "==<script>alert(1)</script>==",
        "{{> partial}} {{{raw}}} {{=<% %>=}}",
        "%%<script>alert(1)</script>%%");
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void rendersHostileNotesSafely(String markdown) {
    TestGraph graph =
        new TestGraph().note("note.md", "# Title\n\n" + markdown).note("Page.md", "p");
    String html = Pages.render(graph, "note.md", new Diagnostics());
    HtmlScanner.assertSafe(html);
  }

  @Test
  void rejectedLinksPointNowhere() {
    assertEquals(
        "<p><a class=\"external\" href=\"#\" rel=\"noopener\">x</a></p>\n",
        Pages.body("[x](java&#115;cript:alert(origin))"));
    assertEquals("<p>img</p>\n", Pages.body("![img](javascript:alert(1))"));
  }

  @Test
  void allowsDataUrlsOnlyForRasterImages() {
    assertTrue(
        Pages.body("![dot](data:image/png;base64,iVBORw0KGgo=)")
            .contains("src=\"data:image/png;base64,iVBORw0KGgo&#61;\""));
    assertEquals("<p>svg</p>\n", Pages.body("![svg](data:image/svg+xml;base64,PHN2Zy8+)"));
  }

  @Test
  void escapesWikiLinkAliases() {
    TestGraph graph =
        new TestGraph().note("Page.md", "p").note("n.md", "# T\n\n[[Page|</a><svg onload=x>]]");
    assertEquals(
        "<p><a class=\"internal\" href=\"page.html\">&lt;/a&gt;&lt;svg onload&#61;x&gt;</a></p>\n",
        Pages.render(graph, "n.md", new Diagnostics()));
  }

  @Test
  void removesRawHtmlHandlersAndScriptsAndSaysSo() {
    Diagnostics diagnostics = new Diagnostics();
    TestGraph graph =
        new TestGraph()
            .note("n.md", "# T\n\nOk <b onclick=\"x()\">bold</b>\n\n<script>alert(1)</script>\n");
    String html = Pages.render(graph, "n.md", diagnostics);
    assertEquals("<p>Ok <b>bold</b></p>\n\n", html);
    assertEquals("html-removed", diagnostics.all().get(0).code());
    assertTrue(diagnostics.all().get(0).message().contains("<script>"));
    assertEquals(3, diagnostics.all().get(0).pos().line());
  }

  @Test
  void keepsRawHtmlAsWrittenWhenTheSiteAllowsIt() {
    SiteConfig unsafe =
        new SiteConfig(
            Notes.CONFIG.vault(),
            Notes.CONFIG.out(),
            Notes.CONFIG.theme(),
            Notes.CONFIG.baseUrl(),
            Notes.CONFIG.siteTitle(),
            Notes.CONFIG.defaultLang(),
            Notes.CONFIG.excludes(),
            false,
            true,
            false,
            dev.memoria.config.CheckSettings.DEFAULTS,
            true);
    TestGraph graph =
        new TestGraph().note("n.md", "# T\n\n<iframe src=\"https://x.org\"></iframe>\n");
    Diagnostics diagnostics = new Diagnostics();
    String html =
        new BodyRenderer(unsafe).render(graph.get("n.md"), graph.build(), Pages.ROOT, diagnostics);
    assertEquals("<iframe src=\"https://x.org\"></iframe>\n", html);
    assertTrue(diagnostics.all().isEmpty());
  }

  @Test
  void neverPassesNoteTextToATemplateEngine() {
    String html = Pages.body("{{> partial}}");
    assertFalse(html.contains("{{"), html);
    assertTrue(html.contains("{<!-- -->{&gt; partial}}"), html);
  }
}
