package dev.memoria.simulator.svg;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.memoria.testing.GoldenFiles;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of state and fault drawn, in both languages, against stored pages. Each golden file is
 * a small HTML page holding all the steps of one program, so it can be opened in a browser (the
 * page sets the {@code --ms-*} colours; the SVGs also work without them).
 */
class DiagramGoldenTest {

  private static final GoldenFiles GOLDEN = GoldenFiles.of("simulator/svg");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "string_move.rs",
        "borrow.rs",
        "box_drop.rs",
        "vec_growth.rs",
        "threads.rs",
        "use_after_free.c",
        "double_free.c",
        "leak.c",
        "stack_flow.c",
        "literal_copy.c"
      })
  void drawsEveryStepAsStored(String program) throws IOException {
    for (DiagramLanguage language : DiagramLanguage.values()) {
      String lang = language.name().toLowerCase(Locale.ROOT);
      Diagram diagram =
          new DiagramRenderer(language).draw(Programs.simulate(program), "mem-" + lang);
      assertFalse(diagram.steps().isEmpty(), program + " draws no step");
      String base = program.substring(0, program.indexOf('.'));
      GOLDEN.assertMatches(base + "." + lang + ".html", page(diagram, lang));
    }
  }

  /** A page showing every step: wide and narrow figures, caption, and text description. */
  static String page(Diagram diagram, String lang) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"")
        .append(lang)
        .append("\"><meta charset=\"utf-8\">\n");
    html.append("<!-- open on step ")
        .append(diagram.faultStep().isPresent() ? diagram.faultStep().getAsInt() : 1)
        .append(" -->\n");
    html.append(
        "<style>body{font-family:sans-serif;max-width:60rem}"
            + "svg{display:block;max-width:100%;height:auto;margin:.5rem 0;border:1px dotted #8888}"
            + ".memsim{--ms-own:#0072B2;--ms-shr:#009E73;--ms-mut:#CC79A7;--ms-bad:#D55E00;"
            + "--ms-leak:#E69F00}"
            + "@media (prefers-color-scheme:dark){body{background:#15181c;color:#e6e6e6}"
            + ".memsim{--ms-own:#56B4E9;--ms-shr:#4FD1A5;--ms-mut:#E3A3C8;--ms-bad:#FF8A50;"
            + "--ms-leak:#FFC14D}}"
            + DiagramRenderer.STYLESHEET
            + "</style>\n");
    html.append("<ol class=\"memsim\">\n");
    for (DiagramStep step : diagram.steps()) {
      html.append("<li id=\"").append(step.id()).append("\" data-line=\"").append(step.line());
      html.append("\">\n<p><b>").append(Svg.escape(step.title())).append("</b> · ");
      html.append(Svg.escape(step.caption())).append("</p>\n");
      html.append(step.wideSvg());
      step.narrowSvg().ifPresent(html::append);
      html.append("<p><small>").append(Svg.escape(step.description())).append("</small></p>\n");
      html.append("</li>\n");
    }
    return html.append("</ol>\n").toString();
  }
}
