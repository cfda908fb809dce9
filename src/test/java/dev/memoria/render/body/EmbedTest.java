package dev.memoria.render.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.core.Diagnostic;
import dev.memoria.core.Diagnostics;
import dev.memoria.core.Lang;
import dev.memoria.core.NoteId;
import dev.memoria.core.SourcePos;
import dev.memoria.vault.Frontmatter;
import dev.memoria.vault.SourceNote;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EmbedTest {

  private static final String OTHER =
      """
      # Other

      Intro.

      ## Part Two

      Text ^blk

      ### Deeper

      Still in part two.[^n]

      ## Next

      Not in part two.

      - first
      - second ^item

      [^n]: A footnote.
      """;

  private static TestGraph vault() {
    return new TestGraph()
        .note("Other.md", OTHER)
        .asset("img.png")
        .asset("a.mp3")
        .asset("v.mp4")
        .asset("paper.pdf")
        .draft("Draft.md", "secret");
  }

  private static String page(TestGraph graph, String markdown, Diagnostics diagnostics) {
    return Pages.render(graph.note("Page.md", "# Page\n\n" + markdown), "Page.md", diagnostics);
  }

  private static String page(String markdown) {
    return page(vault(), markdown, new Diagnostics());
  }

  private static int count(String html, String text) {
    return html.split(Pattern.quote(text), -1).length - 1;
  }

  @Test
  void embedsAWholeNoteWithoutItsTitleHeading() {
    String html = page("![[Other]]");
    assertTrue(
        html.startsWith(
            "<div class=\"embed\" data-embed=\"Other\">\n<p class=\"embed-title\">"
                + "<a class=\"internal\" href=\"other.html\">Other</a></p>\n<p>Intro.</p>\n"),
        html);
    assertFalse(html.contains("<h1"), html);
    assertTrue(html.endsWith("</section>\n</div>\n"), "footnotes stay inside the embed: " + html);
  }

  @Test
  void prefixesIdsInsideEmbedsSoTheyCannotCollideWithThePage() {
    String html = page("## Part Two\n\n![[Other]]");
    assertTrue(html.contains("<h2 id=\"part-two\">Part Two</h2>"), html);
    assertTrue(html.contains("<h2 id=\"embed1_part-two\">Part Two</h2>"), html);
    assertTrue(html.contains("<p id=\"embed1_block-blk\">Text</p>"), html);
    assertTrue(html.contains("href=\"#embed1_fn-1\" id=\"embed1_fnref-1\""), html);
    assertTrue(html.contains("<li id=\"embed1_fn-1\">"), html);
  }

  @Test
  void embedsAHeadingSectionUpToTheNextHeadingOfTheSameLevel() {
    String html = page("![[Other#Part Two]]");
    assertTrue(
        html.contains(
            "<p class=\"embed-title\"><a class=\"internal\" "
                + "href=\"other.html#part-two\">Other &gt; Part Two</a></p>"),
        html);
    assertTrue(html.contains("Text") && html.contains("Deeper") && html.contains("Still in"), html);
    assertFalse(html.contains("Intro.") || html.contains("Not in part two"), html);
  }

  @Test
  void embedsOneBlockAndWrapsAListItemInItsList() {
    String html = page("![[Other#^blk|Quote]]\n\n![[Other#^item]]");
    assertTrue(html.contains(">Quote</a></p>\n<p id=\"embed1_block-blk\">Text</p>\n</div>"), html);
    assertTrue(html.contains("<ul><li id=\"embed2_block-item\">second</li></ul>"), html);
  }

  @Test
  void showsAPlaceholderForAMissingSection() {
    String html = page("![[Other#Nowhere]]");
    assertTrue(
        html.contains(
            "<div class=\"embed embed-missing\" id=\"m_3_1\"><p>Section not found:"
                + " Other#Nowhere</p></div>"),
        html);
  }

  @Test
  void splitsAParagraphAroundANoteEmbed() {
    assertEquals(
        "<p>Before</p>\n<div class=\"embed\" data-embed=\"Other#^blk\">\n<p class=\"embed-title\">"
            + "<a class=\"internal\" href=\"other.html#block-blk\">Other &gt; ^blk</a></p>\n"
            + "<p id=\"embed1_block-blk\">Text</p>\n</div>\n<p>after</p>\n",
        page("Before ![[Other#^blk]] after"));
  }

  @Test
  void linksInsteadOfEmbeddingWhereABlockCannotGo() {
    assertEquals(
        "<h2 id=\"see-other\">See <a class=\"internal\" href=\"other.html\">Other</a></h2>\n",
        page("## See ![[Other]]"));
  }

  @Test
  void embedsImagesWithTheirSize() {
    assertEquals(
        "<p><img src=\"attachments/img.png\" alt=\"img.png\" width=\"300\" loading=\"lazy\" /> "
            + "<img src=\"attachments/img.png\" alt=\"img.png\" width=\"640\" height=\"480\" "
            + "loading=\"lazy\" /> "
            + "<img src=\"attachments/img.png\" alt=\"A cat\" loading=\"lazy\" /> "
            + "<img src=\"attachments/img.png\" alt=\"md alt\" loading=\"lazy\" /></p>\n",
        page("![[img.png|300]] ![[img.png|640x480]] ![[img.png|A cat]] ![md alt](img.png)"));
  }

  @Test
  void embedsAudioVideoAndLinksOtherFiles() {
    assertEquals(
        "<p><audio controls=\"controls\" src=\"attachments/a.mp3\"></audio> "
            + "<video controls=\"controls\" src=\"attachments/v.mp4\" width=\"320\"></video> "
            + "<a class=\"internal embed-file\" href=\"attachments/paper.pdf#page%3D2\">"
            + "paper.pdf</a></p>\n",
        page("![[a.mp3]] ![[v.mp4|320]] ![[paper.pdf#page=2]]"));
  }

  @Test
  void showsAVisiblePlaceholderForMissingAndUnpublishedEmbeds() {
    String html = page("![[Nowhere]] and ![[Draft]]");
    assertEquals(
        "<p><span class=\"embed embed-missing\" id=\"m_3_1\">Nothing to embed: "
            + "<a class=\"internal missing\" href=\"missing/nowhere.html\""
            + " title=\"Note not found: Nowhere\">Nowhere</a></span> and "
            + "<span class=\"embed embed-missing\" id=\"m_3_18\">Nothing to embed: Draft</span>"
            + "</p>\n",
        html);
  }

  @Test
  void embedsInAnotherLanguageCarryTheirLang() {
    SourceNote spanish =
        new SourceNote(
            new NoteId("Nota.md"),
            "notes/Nota.md",
            "Texto.",
            1,
            Frontmatter.EMPTY,
            Lang.ES,
            SourceNote.LangSource.FRONTMATTER,
            Instant.EPOCH);
    String html = page(vault().note(spanish), "![[Nota]]", new Diagnostics());
    assertTrue(html.startsWith("<div class=\"embed\" data-embed=\"Nota\" lang=\"es\">"), html);
  }

  // ---------------------------------------------------------------- cycles and limits

  @Test
  void aNoteEmbeddingItselfShowsAPlaceholderAndWarnsAtTheEmbed() {
    Diagnostics diagnostics = new Diagnostics();
    String html = page(vault(), "Text\n\n![[Page]]", diagnostics);
    assertTrue(
        html.contains(
            "<div class=\"embed embed-cycle\"><p>Not embedded again: Page already contains this"
                + " embed</p></div>"),
        html);
    Diagnostic warning = diagnostics.all().get(0);
    assertEquals("embed-cycle", warning.code());
    assertEquals(new SourcePos("notes/Page.md", 5, 1), warning.pos());
  }

  @Test
  void breaksAnEmbedCycleBetweenTwoNotes() {
    Diagnostics diagnostics = new Diagnostics();
    TestGraph graph = vault().note("B.md", "# B\n\nB text\n\n![[Page]]");
    String html = page(graph, "A text\n\n![[B]]", diagnostics);
    assertEquals(1, count(html, "class=\"embed\""));
    assertEquals(1, count(html, "embed-cycle"));
    assertEquals(1, diagnostics.all().size());
    Diagnostic warning = diagnostics.all().get(0);
    assertEquals("embed-cycle", warning.code());
    assertEquals("notes/B.md", warning.pos().file());
    assertTrue(warning.message().contains("Page.md → B.md → Page.md"), warning.message());
  }

  @Test
  void aDiamondAndTwoSectionsOfOneNoteAreNotCycles() {
    Diagnostics diagnostics = new Diagnostics();
    TestGraph graph =
        vault()
            .note("B.md", "# B\n\n![[D]]")
            .note("C.md", "# C\n\n![[D]]")
            .note("D.md", "# D\n\nShared text.\n\n## One\n\n1\n\n## Two\n\n2");
    String html = page(graph, "![[B]]\n\n![[C]]\n\n![[D#One]]\n\n![[D#Two]]", diagnostics);
    assertEquals(List.of(), diagnostics.all());
    assertEquals(2, count(html, "Shared text."));
    assertEquals(6, count(html, "class=\"embed\""));
  }

  @Test
  void aSectionMayEmbedAnotherSectionOfItsOwnNote() {
    Diagnostics diagnostics = new Diagnostics();
    TestGraph graph = vault().note("D.md", "# D\n\n## One\n\n![[#Two]]\n\n## Two\n\nsecond");
    String html = page(graph, "![[D#One]]", diagnostics);
    assertEquals(List.of(), diagnostics.all());
    assertEquals(1, count(html, "second"));
  }

  @Test
  void stopsEmbeddingFiveLevelsDeep() {
    TestGraph graph = vault();
    for (int i = 1; i <= 7; i++) {
      graph.note("N" + i + ".md", "# N" + i + "\n\nLevel " + i + "\n\n![[N" + (i + 1) + "]]");
    }
    graph.note("N8.md", "# N8\n\nLevel 8");
    Diagnostics diagnostics = new Diagnostics();
    String html = page(graph, "![[N1]]", diagnostics);
    assertTrue(html.contains("Level 5"), html);
    assertFalse(html.contains("Level 6"), html);
    assertTrue(html.contains("Not embedded: too many nested embeds"), html);
    assertEquals("embed-depth", diagnostics.all().get(0).code());
    assertEquals("notes/N5.md", diagnostics.all().get(0).pos().file());
  }

  @Test
  void aPageExpandsAtMostTwoHundredEmbeds() {
    TestGraph graph = vault().note("Small.md", "# Small\n\ntiny");
    Diagnostics diagnostics = new Diagnostics();
    String html = page(graph, "![[Small]]\n\n".repeat(250), diagnostics);
    assertEquals(PageBody.MAX_EMBEDS_PER_PAGE, count(html, "tiny"));
    assertEquals(50, diagnostics.all().size());
    assertEquals("embed-budget", diagnostics.all().get(0).code());
  }

  @Test
  void exponentialEmbedsStayCheap() {
    TestGraph graph = vault();
    for (int i = 0; i < 30; i++) {
      graph.note("e" + i + ".md", "# e" + i + "\n\n![[e" + (i + 1) + "]] ![[e" + (i + 1) + "]]");
    }
    graph.note("e30.md", "# e30\n\nend");
    String html = page(graph, "![[e0]]", new Diagnostics());
    assertTrue(count(html, "class=\"embed\"") <= PageBody.MAX_EMBEDS_PER_PAGE, html);
  }
}
