package dev.memoria.render.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.memoria.core.Diagnostics;
import dev.memoria.core.Lang;
import dev.memoria.links.NoteGraph;
import dev.memoria.markdown.Notes;
import dev.memoria.markdown.ParsedNote;
import dev.memoria.scenarios.ScenarioResult;
import dev.memoria.scenarios.ScenarioRunner;
import dev.memoria.scenarios.Scenarios;
import dev.memoria.simulator.Limits;
import dev.memoria.testing.GoldenFiles;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bodies of the five real notes in {@code notes/}, their memory figures drawn, compared with
 * reviewed golden files.
 */
class GoldenNotesTest {

  private static final GoldenFiles GOLDEN = GoldenFiles.of("render/body");

  private static final Map<String, String> SPANISH =
      Map.of("link.missing.title", "Nota no encontrada: {0}");

  @Test
  void rendersTheRealNotesAsReviewed() throws IOException {
    TestGraph graph = new TestGraph();
    List<String> names = Notes.realNames();
    for (String name : names) {
      graph.note(Notes.real(name));
    }
    NoteGraph built = graph.build();
    Scenarios scenarios = new ScenarioRunner(Limits.DEFAULT).runAndDraw(built);
    assertEquals(5, names.size());
    for (String name : names) {
      ParsedNote note = graph.get(name);
      boolean spanish = name.startsWith("Gestión");
      Map<String, ScenarioResult> figures = new HashMap<>();
      for (ScenarioResult result : scenarios.of(note.id())) {
        figures.put(result.figure().orElseThrow().id(), result);
      }
      BodyContext context =
          new BodyContext("", spanish ? Lang.ES : Lang.EN, spanish ? SPANISH : Map.of(), figures);
      Diagnostics diagnostics = new Diagnostics();
      String html = Pages.RENDERER.render(note, built, context, diagnostics);
      assertEquals(List.of(), diagnostics.all(), name);
      GOLDEN.assertMatches(name.replace(".md", ".html"), html);
    }
  }
}
