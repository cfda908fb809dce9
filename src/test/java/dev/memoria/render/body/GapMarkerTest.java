package dev.memoria.render.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.core.Diagnostics;
import dev.memoria.core.Lang;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Gap lines ({@code //TODO}, {@code //PICTURE OF FLOW}) are drawn as markers with their ids. */
class GapMarkerTest {

  private static final String TODO =
      "<span class=\"gap-label\">Missing section</span> <span class=\"gap-text\">";

  @Test
  void drawsAToDoLineAsAMarkerInEnglishByDefault() {
    assertEquals(
        "<p class=\"gap gap-todo\" id=\"gap_3\" role=\"note\"><span class=\"gap-label\">Missing"
            + " section</span> <span class=\"gap-text\">//TODO</span></p>\n",
        Pages.body("//TODO"));
  }

  @Test
  void drawsAPlaceholderLineAsAMarker() {
    assertEquals(
        "<p class=\"gap gap-placeholder\" id=\"gap_3\" role=\"note\"><span class=\"gap-label\">"
            + "Missing picture or example</span> <span class=\"gap-text\">//PICTURE OF FLOW</span>"
            + "</p>\n",
        Pages.body("//PICTURE OF FLOW"));
  }

  @Test
  void labelsMarkersInThePageLanguage() {
    BodyContext spanish =
        new BodyContext(
            "",
            Lang.ES,
            Map.of(
                "gap.todo", "Sección pendiente",
                "gap.placeholder", "Falta una imagen o un ejemplo"));
    TestGraph graph = new TestGraph().note("nota.md", "# Nota\n\nPENDIENTE\n\n// diagrama\n");
    String html = Pages.render(graph, "nota.md", spanish, new Diagnostics());
    assertEquals(
        "<p class=\"gap gap-todo\" id=\"gap_3\" role=\"note\"><span class=\"gap-label\">Sección"
            + " pendiente</span> <span class=\"gap-text\">PENDIENTE</span></p>\n"
            + "<p class=\"gap gap-placeholder\" id=\"gap_5\" role=\"note\"><span class=\"gap-label\">"
            + "Falta una imagen o un ejemplo</span> <span class=\"gap-text\">// diagrama</span></p>\n",
        html);
  }

  @Test
  void splitsAParagraphAroundAGapLine() {
    assertEquals(
        "<p>Before</p>\n<p class=\"gap gap-todo\" id=\"gap_4\" role=\"note\">"
            + TODO
            + "TODO: write this</span></p>\n<p>after\nand more</p>\n",
        Pages.body("Before\nTODO: write this\nafter\nand more"));
  }

  @Test
  void keepsLinksAndMarkupInsideTheMarkerText() {
    TestGraph graph =
        new TestGraph()
            .note("Other.md", "Other")
            .note("note.md", "# T\n\nFIXME see [[Other]] *now*");
    assertEquals(
        "<p class=\"gap gap-todo\" id=\"gap_3\" role=\"note\">"
            + TODO
            + "FIXME see <a class=\"internal\" href=\"other.html\">Other</a> <em>now</em></span>"
            + "</p>\n",
        Pages.render(graph, "note.md", new Diagnostics()));
  }

  @Test
  void drawsMarkersInListItemsAndQuotes() {
    String html = Pages.body("- item\n  //TODO\n- TBD\n\n> quoted\n> //PICTURE");
    assertEquals(
        "<ul><li>item\n<p class=\"gap gap-todo\" id=\"gap_4\" role=\"note\">"
            + TODO
            + "//TODO</span></p>\n</li><li><p class=\"gap gap-todo\" id=\"gap_5\" role=\"note\">"
            + TODO
            + "TBD</span></p>\n</li></ul>\n<blockquote>\n<p>quoted</p>\n"
            + "<p class=\"gap gap-placeholder\" id=\"gap_8\" role=\"note\"><span class=\"gap-label\">"
            + "Missing picture or example</span> <span class=\"gap-text\">//PICTURE</span></p>\n"
            + "</blockquote>\n",
        html);
  }

  @Test
  void wrapsAMarkerLineThatStartsInsideEmphasisInline() {
    assertEquals(
        "<p><em>Intro\n<span class=\"gap gap-todo\" id=\"gap_4\" role=\"note\">"
            + TODO
            + "TODO: more</span></span></em> text</p>\n",
        Pages.body("*Intro\nTODO: more* text"));
  }

  @Test
  void keepsTheBlockIdOfAGapParagraph() {
    assertEquals(
        "<div id=\"block-abc\">\n<p class=\"gap gap-todo\" id=\"gap_3\" role=\"note\">"
            + TODO
            + "//TODO</span></p>\n</div>\n",
        Pages.body("//TODO ^abc"));
  }

  @Test
  void leavesCodeMidSentenceMarkersAndUrlsAlone() {
    String html =
        Pages.body("```\n//TODO\n```\n\nThe TODO list.\n\n//example.com/x\n\n- [ ] TODO task");
    assertTrue(!html.contains("gap"), html);
  }

  @Test
  void showsAMarkerOnTheFirstLineInsteadOfTakingItAsTheTitle() {
    String html = Pages.exactBody("//TODO\n\nText.");
    assertTrue(html.startsWith("<p class=\"gap gap-todo\" id=\"gap_1\""), html);
  }

  @Test
  void prefixesTheIdsOfGapsInEmbeddedNotes() {
    TestGraph graph =
        new TestGraph()
            .note("Other.md", "# Other\n\n//TODO\n")
            .note("note.md", "# T\n\n//TODO\n\n![[Other]]\n\n![[Other]]\n");
    String html = Pages.render(graph, "note.md", new Diagnostics());
    assertEquals(1, count(html, "id=\"gap_3\""), html);
    assertEquals(1, count(html, "id=\"embed1_gap_3\""), html);
    assertEquals(1, count(html, "id=\"embed2_gap_3\""), html);
  }

  static int count(String html, String text) {
    return html.split(java.util.regex.Pattern.quote(text), -1).length - 1;
  }
}
