package dev.memoria.render.body;

import dev.memoria.scenarios.ScenarioFigure;
import dev.memoria.scenarios.ScenarioFigure.CodeLine;
import dev.memoria.scenarios.ScenarioFigure.Mark;
import dev.memoria.scenarios.ScenarioFigure.Notice;
import dev.memoria.scenarios.ScenarioProblem;
import dev.memoria.scenarios.ScenarioResult;
import dev.memoria.simulator.svg.DiagramStep;
import java.util.List;
import java.util.Locale;

/**
 * Writes a scenario block as a memory figure: the code with a numbered badge on each shown step's
 * line and the compiler's or sanitizer's marks under their lines, what went wrong, the steps as a
 * filmstrip (each an inline SVG with its caption), stepper controls the theme's script reveals, and
 * a text description of every step.
 *
 * <p>Without JavaScript every step is on the page and the badges link to them; the script only
 * shows one step at a time. UI strings ({@code memsim.*}) come from the theme, English when absent.
 */
final class FigureHtml {

  private final HtmlOut html;
  private final Ui ui;

  FigureHtml(HtmlOut html, Ui ui) {
    this.html = html;
    this.ui = ui;
  }

  void write(ScenarioResult result) {
    ScenarioFigure figure = result.figure().orElseThrow();
    List<DiagramStep> steps = figure.diagram().steps();
    String id = figure.id();
    String open = Integer.toString(figure.diagram().faultStep().orElse(steps.isEmpty() ? 0 : 1));
    html.open(
            "figure",
            "class",
            "memsim",
            "id",
            id,
            "data-steps",
            Integer.toString(steps.size()),
            "data-open",
            open,
            "aria-label",
            ui.get("memsim.label", "Memory diagram"))
        .newline();
    notices(figure, result.problems());
    code(figure);
    output(result.simulation().verdict().stdout());
    if (steps.isEmpty()) {
      html.open("p", "class", "memsim-nosteps")
          .text(
              ui.get("memsim.nosteps", "The program does not run, so there are no steps to show."))
          .close("p")
          .newline();
    } else {
      controls(steps.size());
      filmstrip(figure, steps);
      description(steps);
    }
    html.close("figure").newline();
  }

  private void notices(ScenarioFigure figure, List<ScenarioProblem> problems) {
    for (Notice notice : figure.notices()) {
      String kind = notice.kind().name().toLowerCase(Locale.ROOT);
      html.open("div", "class", "memsim-notice memsim-" + kind.replace('_', '-'), "role", "note")
          .open("p", "class", "memsim-notice-kind")
          .text(ui.get("memsim.notice." + kind, englishKind(notice)))
          .text(" · ")
          .open("a", "href", "#" + lineId(figure.id(), notice.line()))
          .text(ui.format("memsim.line", "line {0}", Integer.toString(notice.line())))
          .close("a")
          .close("p")
          .open("p")
          .open("code")
          .text(notice.headline())
          .close("code")
          .close("p")
          .close("div")
          .newline();
    }
    if (!problems.isEmpty()) {
      html.open("div", "class", "memsim-problems", "role", "note")
          .open("p")
          .text(ui.get("memsim.problems", "This block does not do what it declares:"))
          .close("p")
          .open("ul");
      for (ScenarioProblem problem : problems) {
        html.open("li")
            .text(ui.format("memsim.line", "line {0}", Integer.toString(problem.line())))
            .text(": ")
            .text(problem.message())
            .close("li");
      }
      html.close("ul").close("div").newline();
    }
  }

  private static String englishKind(Notice notice) {
    return switch (notice.kind()) {
      case COMPILE_ERROR -> "Does not compile";
      case FAULT -> "Runtime error (AddressSanitizer)";
      case PANIC -> "Panic";
      case LEAK -> "Memory leak (LeakSanitizer)";
      case CANNOT_RUN -> "Cannot be simulated";
    };
  }

  private void code(ScenarioFigure figure) {
    int width = figure.code().isEmpty() ? 1 : digits(figure.code().get(figure.code().size() - 1));
    html.open("pre", "class", "memsim-code").open("code", "class", "language-" + figure.lang());
    for (CodeLine line : figure.code()) {
      html.open(
              "span",
              "class",
              line.steps().isEmpty() ? "memsim-line" : "memsim-line memsim-shown",
              "id",
              lineId(figure.id(), line.line()),
              "data-line",
              Integer.toString(line.line()))
          .open("span", "class", "memsim-ln", "aria-hidden", "true")
          .text(pad(Integer.toString(line.line()), width))
          .close("span")
          .text(line.text());
      for (int step : line.steps()) {
        html.text(" ")
            .open(
                "a",
                "class",
                "memsim-badge",
                "href",
                "#" + figure.id() + "-s" + step,
                "data-step",
                Integer.toString(step),
                "aria-label",
                ui.format("memsim.goto", "Step {0}", Integer.toString(step)))
            .text(Integer.toString(step))
            .close("a");
      }
      html.close("span").text("\n");
      for (Mark mark : line.marks()) {
        html.open("span", "class", mark.primary() ? "memsim-mark memsim-primary" : "memsim-mark")
            .open("span", "class", "memsim-ln", "aria-hidden", "true")
            .text(" ".repeat(width))
            .close("span")
            .text(" ".repeat(Math.max(0, mark.column() - 1)))
            .text((mark.primary() ? "^" : "-").repeat(mark.width()))
            .text(mark.label().isEmpty() ? "" : " " + mark.label())
            .close("span")
            .text("\n");
      }
    }
    html.close("code").close("pre").newline();
  }

  private void output(String stdout) {
    if (stdout.isEmpty()) {
      return;
    }
    html.open("details", "class", "memsim-output")
        .open("summary")
        .text(ui.get("memsim.output", "Program output"))
        .close("summary")
        .open("pre")
        .text(stdout)
        .close("pre")
        .close("details")
        .newline();
  }

  private void controls(int count) {
    html.open("div", "class", "memsim-controls", "hidden", "")
        .open(
            "button",
            "type",
            "button",
            "class",
            "memsim-prev",
            "aria-label",
            ui.get("memsim.prev", "Previous step"))
        .text("◀")
        .close("button")
        .open(
            "input",
            "type",
            "range",
            "class",
            "memsim-slider",
            "min",
            "1",
            "max",
            Integer.toString(count),
            "value",
            "1",
            "aria-label",
            ui.get("memsim.slider", "Step"))
        .open(
            "button",
            "type",
            "button",
            "class",
            "memsim-next",
            "aria-label",
            ui.get("memsim.next", "Next step"))
        .text("▶")
        .close("button")
        .open(
            "span",
            "class",
            "memsim-count",
            "aria-live",
            "polite",
            "data-format",
            ui.get("memsim.count", "Step {0} of {1}"))
        .close("span")
        .open("button", "type", "button", "class", "memsim-all", "aria-pressed", "false")
        .text(ui.get("memsim.all", "Show all steps"))
        .close("button")
        .close("div")
        .newline();
  }

  private void filmstrip(ScenarioFigure figure, List<DiagramStep> steps) {
    html.open("ol", "class", "memsim-steps").newline();
    for (DiagramStep step : steps) {
      html.open(
              "li",
              "class",
              "memsim-step",
              "id",
              figure.id() + "-s" + step.number(),
              "data-line",
              Integer.toString(step.line()))
          .open("p", "class", "memsim-step-head")
          .open("a", "href", "#" + lineId(figure.id(), step.line()))
          .text(step.title())
          .close("a")
          .close("p")
          .newline()
          .open("div", "class", "memsim-picture")
          .raw(step.wideSvg());
      step.narrowSvg().ifPresent(html::raw);
      html.close("div")
          .newline()
          .open("p", "class", "memsim-caption")
          .text(step.caption())
          .close("p")
          .close("li")
          .newline();
    }
    html.close("ol").newline();
  }

  private void description(List<DiagramStep> steps) {
    html.open("details", "class", "memsim-text")
        .open("summary")
        .text(ui.get("memsim.text", "Text description"))
        .close("summary")
        .open("ol");
    for (DiagramStep step : steps) {
      html.open("li")
          .text(step.title())
          .text(": ")
          .text(step.caption())
          .text(" ")
          .text(step.description())
          .close("li");
    }
    html.close("ol").close("details").newline();
  }

  static String lineId(String figureId, int line) {
    return figureId + "-l" + line;
  }

  private static int digits(CodeLine last) {
    return Integer.toString(last.line()).length();
  }

  private static String pad(String number, int width) {
    return " ".repeat(Math.max(0, width - number.length())) + number;
  }
}
