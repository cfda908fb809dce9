package dev.memoria.scenarios;

import dev.memoria.scenarios.ScenarioFigure.CodeLine;
import dev.memoria.scenarios.ScenarioFigure.Mark;
import dev.memoria.scenarios.ScenarioFigure.Notice;
import dev.memoria.scenarios.ScenarioFigure.NoticeKind;
import dev.memoria.simulator.Marker;
import dev.memoria.simulator.Simulation;
import dev.memoria.simulator.svg.Diagram;
import dev.memoria.simulator.trace.CompileError;
import dev.memoria.simulator.trace.Fault;
import dev.memoria.simulator.trace.FaultKind;
import dev.memoria.simulator.trace.Leak;
import dev.memoria.simulator.trace.Span;
import dev.memoria.simulator.trace.SpanLabel;
import dev.memoria.simulator.trace.Verdict;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a simulation and its drawn diagram into the figure a page shows, with the compiler's and
 * sanitizer's words as the real tools print them.
 */
public final class FigureMaker {

  private FigureMaker() {}

  static ScenarioFigure figure(String id, String lang, Simulation simulation, Diagram diagram) {
    Verdict verdict = simulation.verdict();
    Map<Integer, List<Mark>> marks = new TreeMap<>();
    List<Notice> notices = new ArrayList<>();
    for (CompileError error : verdict.errors()) {
      notices.add(
          new Notice(
              NoticeKind.COMPILE_ERROR,
              "error[" + error.code() + "]: " + error.message(),
              error.primary().line()));
      mark(marks, error.primary(), error.label(), true);
      for (SpanLabel secondary : error.secondary()) {
        mark(marks, secondary.span(), secondary.label(), false);
      }
    }
    verdict
        .fault()
        .ifPresent(
            fault -> {
              boolean panic = fault.kind() == FaultKind.PANIC;
              notices.add(
                  new Notice(
                      panic ? NoticeKind.PANIC : NoticeKind.FAULT,
                      faultHeadline(fault),
                      fault.at().line()));
              mark(marks, fault.at(), panic ? "panicked here" : fault.kind().id(), true);
            });
    for (Leak leak : verdict.leaks().blocks()) {
      String headline =
          (leak.direct() ? "Direct" : "Indirect")
              + " leak of "
              + leak.bytes()
              + " byte(s) allocated at line "
              + leak.allocatedAt();
      notices.add(new Notice(NoticeKind.LEAK, headline, leak.allocatedAt()));
      mark(marks, Span.at(leak.allocatedAt(), 1), "", true);
    }
    verdict
        .problem()
        .ifPresent(
            problem -> {
              notices.add(
                  new Notice(
                      NoticeKind.CANNOT_RUN,
                      verdict.outcome().id() + ": " + problem.message(),
                      problem.at().line()));
              mark(marks, problem.at(), "", true);
            });
    return new ScenarioFigure(id, lang, codeLines(simulation, diagram, marks), notices, diagram);
  }

  /** The headline AddressSanitizer (or Rust's panic handler) prints for a fault. */
  public static String faultHeadline(Fault fault) {
    if (fault.kind() == FaultKind.PANIC) {
      return "panicked: " + fault.message();
    }
    return "ERROR: AddressSanitizer: " + fault.kind().id() + ": " + fault.message();
  }

  private static void mark(
      Map<Integer, List<Mark>> marks, Span span, String label, boolean primary) {
    // A span over several lines is marked on its first, to the end of that line (width unknown
    // here, so one caret), as rustc does for its start.
    int width = span.endLine() == span.line() ? Math.max(1, span.endColumn() - span.column()) : 1;
    marks
        .computeIfAbsent(span.line(), line -> new ArrayList<>())
        .add(new Mark(span.column(), width, label, primary));
  }

  /** The program's lines as shown: marker comments stripped, hidden lines left out. */
  private static List<CodeLine> codeLines(
      Simulation simulation, Diagram diagram, Map<Integer, List<Mark>> marks) {
    String[] lines = simulation.program().source().split("\n", -1);
    int count = lines.length;
    if (count > 0 && lines[count - 1].isEmpty()) {
      count--;
    }
    BitSet hidden = simulation.markers().hiddenLines();
    Map<Integer, Integer> markerColumn = new TreeMap<>();
    for (Marker marker : simulation.markers().markers()) {
      markerColumn.merge(marker.line(), marker.column(), Math::min);
    }
    Map<Integer, List<Integer>> badges = new TreeMap<>();
    diagram
        .steps()
        .forEach(
            step ->
                badges.computeIfAbsent(step.line(), line -> new ArrayList<>()).add(step.number()));
    List<CodeLine> shown = new ArrayList<>();
    for (int line = 1; line <= count; line++) {
      if (hidden.get(line)) {
        continue;
      }
      String text = lines[line - 1];
      Integer column = markerColumn.get(line);
      if (column != null) {
        String stripped = withoutComment(text, column);
        if (stripped.isBlank() && !badges.containsKey(line) && !marks.containsKey(line)) {
          continue; // A line that only held markers.
        }
        text = stripped;
      }
      List<Mark> lineMarks = new ArrayList<>(marks.getOrDefault(line, List.of()));
      lineMarks.sort(Comparator.comparingInt(Mark::column));
      shown.add(new CodeLine(line, text, badges.getOrDefault(line, List.of()), lineMarks));
    }
    return shown;
  }

  /** The line without the {@code //} comment that holds the marker at {@code markerColumn}. */
  private static String withoutComment(String text, int markerColumn) {
    int end = Math.min(markerColumn - 1, text.length());
    int start = text.lastIndexOf("//", end);
    return start < 0 ? text : text.substring(0, start).stripTrailing();
  }
}
