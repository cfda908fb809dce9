package dev.memoria.render.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.core.Diagnostics;
import dev.memoria.core.Lang;
import dev.memoria.links.NoteGraph;
import dev.memoria.scenarios.ScenarioResult;
import dev.memoria.scenarios.ScenarioRunner;
import dev.memoria.simulator.Limits;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Scenario blocks drawn into pages: the figure's markup, its safety and its ids. */
class FigureHtmlTest {

  private static final String HOSTILE =
      """
      # Page

      ```rust memory
      fn main() {
          let s = String::from("</script><script>alert(1)</script>"); // @show: <b>owns</b>
          println!("{}", s);
      }
      ```
      """;

  /** The page of {@code path} with the figures of every note in the graph. */
  private static String render(TestGraph graph, String path) {
    NoteGraph built = graph.build();
    Map<String, ScenarioResult> figures = new HashMap<>();
    new ScenarioRunner(Limits.DEFAULT)
        .runAndDraw(built)
        .of(graph.get(path).id())
        .forEach(result -> figures.put(result.figure().orElseThrow().id(), result));
    BodyContext context = new BodyContext("", Lang.EN, Map.of(), figures);
    return Pages.RENDERER.render(graph.get(path), built, context, new Diagnostics());
  }

  @Test
  void drawsTheBlockAsAFigureWithBadgesAndAllItsSteps() {
    String html = render(new TestGraph().note("Page.md", HOSTILE), "Page.md");
    assertTrue(html.startsWith("<figure class=\"memsim\" id=\"mem_3\" data-steps=\"1\""), html);
    assertTrue(html.contains("<a class=\"memsim-badge\" href=\"#mem_3-s1\""), html);
    assertTrue(html.contains("<li class=\"memsim-step\" id=\"mem_3-s1\" data-line=\"2\">"), html);
    assertTrue(html.contains("<div class=\"memsim-controls\" hidden=\"\">"), html);
    assertFalse(html.contains("// @show"), "marker comments are taken out of the code");
  }

  @Test
  void programTextAndCaptionsNeverBecomeMarkup() {
    String html = render(new TestGraph().note("Page.md", HOSTILE), "Page.md");
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("<b>"), html);
    assertTrue(html.contains("&lt;b&gt;owns&lt;/b&gt;"), "the caption is text: " + html);
  }

  @Test
  void aNoteWithRawHtmlKeepsItsFigureThroughTheSanitizer() {
    String note = HOSTILE.replace("# Page\n", "# Page\n\n<span onclick=\"x()\">raw</span>\n");
    String html = render(new TestGraph().note("Page.md", note), "Page.md");
    assertFalse(html.contains("onclick"), "the note's HTML is still sanitised");
    assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), html);
    assertTrue(html.contains("<figure class=\"memsim\" id=\"mem_5\""), html);
    assertFalse(html.contains("\uE000"), "no slot is left behind");
  }

  @Test
  void anEmbeddedNoteShowsItsScenarioAsCodeSoNoIdRepeats() {
    TestGraph graph =
        new TestGraph().note("Inner.md", HOSTILE).note("Page.md", "# Outer\n\n![[Inner]]\n");
    String html = render(graph, "Page.md");
    assertFalse(html.contains("memsim"), html);
    assertTrue(html.contains("<code class=\"language-rust\">"), html);
  }

  @Test
  void idsAreUniqueOnAPageWithTwoFigures() {
    String twice = HOSTILE + "\n" + HOSTILE.replace("# Page\n", "");
    String html = render(new TestGraph().note("Page.md", twice), "Page.md");
    Matcher id = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
    List<String> ids = id.results().map(m -> m.group(1)).toList();
    assertEquals(ids.stream().distinct().count(), ids.size(), ids.toString());
    assertEquals(2, html.split("<figure class=\"memsim\"", -1).length - 1);
  }
}
