package dev.memoria.render.body;

import dev.memoria.core.Diagnostics;
import dev.memoria.core.Lang;
import dev.memoria.links.NoteGraph;
import dev.memoria.markdown.Notes;
import java.util.Map;

/** Renders bodies for tests with one shared renderer, as a build does. */
final class Pages {

  static final BodyRenderer RENDERER = new BodyRenderer(Notes.CONFIG);
  static final BodyContext ROOT = new BodyContext("", Lang.EN, Map.of());
  static final BodyContext NESTED = new BodyContext("../../", Lang.EN, Map.of());

  private Pages() {}

  /**
   * The body of the one note {@code note.md}, at the site root, under a title heading (which the
   * body leaves out), so that a short first line is not taken as the title.
   */
  static String body(String markdown) {
    return exactBody("# Title\n\n" + markdown);
  }

  /** The body of the one note {@code note.md}, with the Markdown as given. */
  static String exactBody(String markdown) {
    TestGraph graph = new TestGraph().note("note.md", markdown);
    return render(graph, "note.md", new Diagnostics());
  }

  static String render(TestGraph graph, String path, Diagnostics diagnostics) {
    NoteGraph built = graph.build();
    return RENDERER.render(graph.get(path), built, ROOT, diagnostics);
  }

  static String render(TestGraph graph, String path, BodyContext context, Diagnostics diagnostics) {
    return RENDERER.render(graph.get(path), graph.build(), context, diagnostics);
  }
}
