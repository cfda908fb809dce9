package dev.memoria.render.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.core.Diagnostics;
import dev.memoria.core.Lang;
import dev.memoria.markdown.Heading;
import dev.memoria.markdown.ParsedNote;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BodyRendererTest {

  private static TestGraph vault() {
    return new TestGraph()
        .note("Other.md", "# Other\n\nIntro.\n\n## Part Two\n\nText ^blk\n")
        .note("Rust/Box.md", "Box body")
        .draft("Draft.md", "not published")
        .asset("img/diagram.png")
        .asset("doc.pdf");
  }

  private static String page(String markdown) {
    return Pages.render(
        vault().note("Page.md", "# Page\n\n" + markdown), "Page.md", new Diagnostics());
  }

  // ---------------------------------------------------------------- internal links

  @Test
  void linksResolvedNotesWithTheRootPrefixAndAnchor() {
    TestGraph graph =
        vault().note("deep/Page.md", "# Page\n\n[[Other]] [[Other#Part Two]] [[Box|the box]]");
    String html = Pages.render(graph, "deep/Page.md", Pages.NESTED, new Diagnostics());
    assertEquals(
        "<p><a class=\"internal\" href=\"../../other.html\">Other</a> "
            + "<a class=\"internal\" href=\"../../other.html#part-two\">Other &gt; Part Two</a> "
            + "<a class=\"internal\" href=\"../../rust/box.html\">the box</a></p>\n",
        html);
  }

  @Test
  void linksSectionsOfTheSameNoteByAnchorOnly() {
    String html = page("[[#Local]] and [here](#Local)\n\n## Local\n");
    assertTrue(html.contains("<a class=\"internal\" href=\"#local\">Local</a>"), html);
    assertTrue(html.contains("<a class=\"internal\" href=\"#local\">here</a>"), html);
  }

  @Test
  void linksMissingNotesToTheirStubsAndShowsUnpublishedOnesAsSpans() {
    String html = page("[[Nowhere|gone]] [[Draft]] [text](Nowhere.md)");
    assertEquals(
        "<p><a class=\"internal missing\" href=\"missing/nowhere.html\" id=\"m_3_1\""
            + " title=\"Note not found: Nowhere\">gone</a> "
            + "<span class=\"internal missing\" id=\"m_3_18\""
            + " title=\"Note not published: Draft\">Draft</span> "
            + "<a class=\"internal missing\" href=\"missing/nowhere.html\" id=\"m_3_28\""
            + " title=\"Note not found: Nowhere.md\">text</a>"
            + "</p>\n",
        html);
  }

  @Test
  void takesMissingLinkTitlesFromThePageLanguage() {
    TestGraph graph = vault().note("Page.md", "# Page\n\n[[Nada]]");
    BodyContext spanish =
        new BodyContext("", Lang.ES, Map.of("link.missing.title", "Nota no encontrada: {0}"));
    String html = Pages.render(graph, "Page.md", spanish, new Diagnostics());
    assertTrue(html.contains("title=\"Nota no encontrada: Nada\""), html);
  }

  @Test
  void linksAttachments() {
    String html = page("[[doc.pdf#page=3|the paper]] and [[img/diagram.png]]");
    assertTrue(
        html.contains("<a class=\"internal\" href=\"attachments/doc.pdf#page%3D3\">the paper</a>"),
        html);
    assertTrue(html.contains("href=\"attachments/img/diagram.png\""), html);
  }

  @Test
  void rendersMarkdownLinksToNotesWithTheirInlineText() {
    String html = page("[the *other* note](Other.md#Part%20Two \"Title\")");
    assertEquals(
        "<p><a class=\"internal\" href=\"other.html#part-two\" title=\"Title\">the "
            + "<em>other</em> note</a></p>\n",
        html);
  }

  @Test
  void marksExternalLinks() {
    String html = page("[site](https://example.org/a?b=c&d=e) <https://x.org> www.y.org me@z.org");
    assertEquals(
        "<p><a class=\"external\" href=\"https://example.org/a?b&#61;c&amp;d&#61;e\" "
            + "rel=\"noopener\">site</a> "
            + "<a class=\"external\" href=\"https://x.org\" rel=\"noopener\">https://x.org</a> "
            + "<a class=\"external\" href=\"https://www.y.org\" rel=\"noopener\">www.y.org</a> "
            + "<a class=\"external\" href=\"mailto:me&#64;z.org\" rel=\"noopener\">me&#64;z.org</a>"
            + "</p>\n",
        html);
  }

  @Test
  void neverNestsLinks() {
    String html = page("[see [[Other]] and #tag and https://x.org](https://y.org)");
    assertEquals(
        "<p><a class=\"external\" href=\"https://y.org\" rel=\"noopener\">see Other and #tag and"
            + " https://x.org</a></p>\n",
        html);
  }

  // ---------------------------------------------------------------- headings and titles

  @Test
  void givesTopLevelHeadingsTheAnchorsOfTheParsedNote() {
    TestGraph graph =
        vault()
            .note(
                "Page.md",
                "# Title\n\n## Intro\n\n## Intro\n\n### `code` *em*\n\n> ## Quoted\n\nSetext\n---\n");
    String html = Pages.render(graph, "Page.md", new Diagnostics());
    ParsedNote note = graph.get("Page.md");
    List<String> ids = new ArrayList<>();
    Matcher matcher = Pattern.compile("<h[1-6] id=\"([^\"]+)\"").matcher(html);
    while (matcher.find()) {
      ids.add(matcher.group(1));
    }
    List<String> anchors = note.headings().stream().map(Heading::anchor).toList();
    assertEquals(anchors.subList(1, anchors.size()), ids, "the title heading is left out");
    assertTrue(html.contains("<h2>Quoted</h2>"), html);
  }

  @Test
  void leavesOutTheTitleBlockOnlyWhenItOpensTheNote() {
    assertEquals("<p>Body.</p>\n", Pages.exactBody("# Title\n\nBody."));
    assertEquals("<p>Body.</p>\n", Pages.exactBody("Short title\n\nBody."));
    assertEquals(
        "<p>Intro.</p>\n<h1 id=\"title\">Title</h1>\n", Pages.exactBody("Intro.\n\n# Title\n"));
    assertEquals(
        "<p>Line one\nline two</p>\n",
        Pages.exactBody("Line one\nline two"),
        "no title, all shown");
  }

  @Test
  void putsABlockIdOnAHeadingInsideIt() {
    assertEquals(
        "<h2 id=\"part\"><span id=\"block-h\"></span>Part</h2>\n", Pages.body("## Part ^h"));
  }

  // ---------------------------------------------------------------- blocks

  @Test
  void rendersCalloutsAndFoldableCallouts() {
    assertEquals(
        "<div class=\"callout\" data-callout=\"warning\">\n"
            + "<div class=\"callout-title\">Mind <em>this</em></div>\n"
            + "<div class=\"callout-content\">\n<p>Body</p>\n</div>\n</div>\n",
        Pages.body("> [!WARNING] Mind *this*\n> Body"));
    String folded = Pages.body("> [!faq]- \n> A\n\n> [!tip]+ Open\n> B");
    assertTrue(
        folded.contains(
            "<details class=\"callout\" data-callout=\"faq\">\n"
                + "<summary class=\"callout-title\">Faq</summary>"),
        folded);
    assertTrue(
        folded.contains(
            "<details class=\"callout\" data-callout=\"tip\" open=\"open\">\n"
                + "<summary class=\"callout-title\">Open</summary>"),
        folded);
  }

  @Test
  void takesDefaultCalloutTitlesFromTheUiStrings() {
    TestGraph graph = new TestGraph().note("n.md", "x\n\n> [!tip]\n> y");
    BodyContext spanish = new BodyContext("", Lang.ES, Map.of("callout.tip", "Consejo"));
    String html = Pages.render(graph, "n.md", spanish, new Diagnostics());
    assertTrue(html.contains("<div class=\"callout-title\">Consejo</div>"), html);
  }

  @Test
  void rendersTaskListsAsDisabledCheckboxes() {
    assertEquals(
        "<ul><li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\""
            + " disabled=\"disabled\" /> todo</li><li class=\"task-list-item\"><input"
            + " type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\""
            + " checked=\"checked\" /> done</li></ul>\n",
        Pages.body("- [ ] todo\n- [x] done"));
  }

  @Test
  void rendersTightAndLooseListsAndTheirStart() {
    assertEquals("<ol start=\"3\"><li>a</li><li>b</li></ol>\n", Pages.body("3. a\n4. b"));
    assertEquals(
        "<ul><li>\n<p>a</p>\n</li><li>\n<p>b</p>\n</li></ul>\n".replace("<li>\n", "<li>"),
        Pages.body("- a\n\n- b"));
  }

  @Test
  void sanitisesTheCodeLanguageClass() {
    assertEquals(
        "<pre><code class=\"language-c&#43;&#43;\">int x;\n</code></pre>\n",
        Pages.body("```c++ {.numberLines}\nint x;\n```"));
    assertEquals(
        "<pre><code class=\"language-scriptalert1script\">x\n</code></pre>\n",
        Pages.body("```\"><script>alert(1)</script>\nx\n```"));
    assertEquals("<pre><code>plain\n</code></pre>\n", Pages.body("    plain"));
  }

  @Test
  void rendersMermaidAndMathAsEscapedSource() {
    assertEquals(
        "<pre class=\"mermaid\">graph TD; A--&gt;B&lt;br&gt;\n</pre>\n",
        Pages.body("```mermaid\ngraph TD; A-->B<br>\n```"));
    assertEquals(
        "<p>Inline <span class=\"math math-inline\">a&lt;b</span></p>\n"
            + "<div class=\"math math-display\">\\frac{1}{2} &lt; x</div>\n",
        Pages.body("Inline $a<b$\n\n$$\n\\frac{1}{2} < x\n$$"));
  }

  @Test
  void rendersHighlightsTagsAndStrikethrough() {
    assertEquals(
        "<p><mark>hi</mark> <del>old</del> <a class=\"tag\" href=\"tags/rust/memory.html\">"
            + "#rust/Memory</a></p>\n",
        Pages.body("==hi== ~~old~~ #rust/Memory"));
  }

  @Test
  void putsBlockIdsOnTheirBlocks() {
    String html = Pages.body("Para ^p\n\n- item ^li\n\n> quote\n\n^q\n\n| a |\n|---|\n| 1 |\n^t\n");
    assertTrue(html.contains("<p id=\"block-p\">Para</p>"), html);
    assertTrue(html.contains("<li id=\"block-li\">item</li>"), html);
    assertTrue(html.contains("<blockquote id=\"block-q\">"), html);
    assertTrue(html.contains("<table id=\"block-t\"><thead><tr><th>a</th></tr></thead>"), html);
    assertFalse(html.contains("^"), html);
  }

  @Test
  void rendersTables() {
    assertEquals(
        "<table><thead><tr><th align=\"left\">a</th><th align=\"right\">b</th></tr></thead>"
            + "<tbody><tr><td align=\"left\"><code>x</code></td><td align=\"right\">"
            + "<a class=\"internal\" href=\"other.html\">O</a></td></tr></tbody></table>\n",
        Pages.render(
            vault().note("Page.md", "# P\n\n| a | b |\n|:-|-:|\n| `x` | [[Other\\|O]] |"),
            "Page.md",
            new Diagnostics()));
  }

  @Test
  void numbersFootnotesInOrderOfReference() {
    String html = Pages.body("A[^b] B[^a] C[^b]\n\n[^a]: First.\n[^b]: Second.\n");
    assertTrue(
        html.contains(
            "A<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup> "
                + "B<sup class=\"footnote-ref\"><a href=\"#fn-2\" id=\"fnref-2\">2</a></sup> "
                + "C<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1-2\">1</a></sup>"),
        html);
    assertTrue(
        html.endsWith(
            "<section class=\"footnotes\">\n<ol><li id=\"fn-1\">\n<p>Second.</p>\n"
                + "<a href=\"#fnref-1\" class=\"footnote-backref\" title=\"Back to the text\">↩</a>\n"
                + "<a href=\"#fnref-1-2\" class=\"footnote-backref\" title=\"Back to the text\">↩"
                + "</a>\n</li><li id=\"fn-2\">\n<p>First.</p>\n<a href=\"#fnref-2\""
                + " class=\"footnote-backref\" title=\"Back to the text\">↩</a>\n</li></ol>\n"
                + "</section>\n"),
        html);
  }

  @Test
  void dropsCommentsAndKeepsEverythingElse() {
    assertEquals("<p>a  b</p>\n<p>c</p>\n", Pages.body("a %%hidden%% b\n\n%%\nblock\n%%\n\nc"));
  }

  @Test
  void escapesTextAndTemplateSyntax() {
    assertEquals(
        "<p>{<!-- -->{&gt; partial}} {<!-- -->{<!-- -->{x}}} a &lt;b&gt; &amp; &#34;q&#34;</p>\n",
        Pages.body("{{> partial}} {{{x}}} a \\<b> &amp; \"q\""));
  }

  @Test
  void rejectsARootPrefixThatIsNotUpwardPath() {
    assertThrows(
        IllegalArgumentException.class, () -> new BodyContext("https://x/", Lang.EN, Map.of()));
  }

  @Test
  void rendersInParallelWithTheSameResults() {
    TestGraph graph = vault();
    for (int i = 0; i < 100; i++) {
      graph.note(
          "n" + i + ".md",
          "# N" + i + "\n\n[[Other#Part Two]] ![[Other]] #t" + i + " $x$[^1]\n\n[^1]: f\n");
    }
    var built = graph.build();
    List<ParsedNote> notes = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      notes.add(graph.get("n" + i + ".md"));
    }
    List<String> sequential =
        notes.stream()
            .map(n -> Pages.RENDERER.render(n, built, Pages.ROOT, new Diagnostics()))
            .toList();
    List<String> parallel =
        notes.parallelStream()
            .map(n -> Pages.RENDERER.render(n, built, Pages.ROOT, new Diagnostics()))
            .toList();
    assertEquals(sequential, parallel);
  }
}
