package dev.memoria.cli;

import dev.memoria.markdown.ScenarioBlock;
import dev.memoria.scenarios.FigureMaker;
import dev.memoria.scenarios.ScenarioProblem;
import dev.memoria.scenarios.ScenarioResult;
import dev.memoria.scenarios.ScenarioRunner;
import dev.memoria.simulator.Simulation;
import dev.memoria.simulator.trace.CompileError;
import dev.memoria.simulator.trace.Leak;
import dev.memoria.simulator.trace.Span;
import dev.memoria.simulator.trace.SpanLabel;
import dev.memoria.simulator.trace.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** The readable report of {@code memoria simulate}: rustc- and AddressSanitizer-like. */
final class SimulationText {

  private SimulationText() {}

  /**
   * One simulated program, and how its lines map to the file it came from.
   *
   * @param file the file named in positions
   * @param title how the program is introduced ({@code notes/Box.md, block 2 (rust)})
   * @param lineOffset added to a program line to get the file line
   */
  private static final Pattern LINE = Pattern.compile("\\bline (\\d{1,9})\\b");

  record Entry(
      String file,
      String title,
      int lineOffset,
      Simulation simulation,
      List<ScenarioProblem> problems) {
    Entry {
      Objects.requireNonNull(file);
      problems = List.copyOf(problems);
    }

    static Entry ofProgram(ScenarioRunner.ProgramResult result) {
      Simulation simulation = result.simulation();
      String name = simulation.program().name();
      return new Entry(
          name,
          name + " (" + simulation.program().dialect().id() + ")",
          0,
          simulation,
          result.problems());
    }

    static Entry ofBlock(ScenarioResult result) {
      ScenarioBlock block = result.block();
      return new Entry(
          block.fence().file(),
          block.fence().file()
              + ":"
              + block.fence().line()
              + ", block "
              + block.index()
              + " ("
              + block.lang()
              + ")",
          block.firstLine() - 1,
          result.simulation(),
          result.problems());
    }

    String position(int line, int column) {
      return file + ":" + (line + lineOffset) + ":" + column;
    }

    /**
     * A simulator message with its "line N" turned into the file's lines, so a note's report speaks
     * of one kind of line throughout.
     */
    String inFileLines(String message) {
      if (lineOffset == 0) {
        return message;
      }
      return LINE.matcher(message)
          .replaceAll(m -> "line " + (Integer.parseInt(m.group(1)) + lineOffset));
    }

    String sourceLine(int line) {
      String[] lines = simulation.program().source().split("\n", -1);
      return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    }
  }

  /** The report of one program, ending with a blank line. */
  static String format(Entry entry) {
    StringBuilder out = new StringBuilder();
    Verdict verdict = entry.simulation().verdict();
    out.append("== ").append(entry.title()).append(": ").append(verdict.outcome().id());
    verdict.exit().ifPresent(exit -> out.append(", exit ").append(exit));
    out.append('\n');
    for (CompileError error : verdict.errors()) {
      out.append("error[").append(error.code()).append("]: ").append(error.message()).append('\n');
      snippet(out, entry, error.primary(), error.label());
      for (SpanLabel secondary : error.secondary()) {
        snippet(out, entry, secondary.span(), secondary.label());
      }
    }
    verdict
        .fault()
        .ifPresent(
            fault -> {
              out.append(entry.inFileLines(FigureMaker.faultHeadline(fault))).append('\n');
              snippet(out, entry, fault.at(), "");
            });
    verdict
        .problem()
        .ifPresent(
            problem -> {
              out.append(verdict.outcome().id())
                  .append(": ")
                  .append(entry.inFileLines(problem.message()))
                  .append('\n');
              snippet(out, entry, problem.at(), "");
            });
    if (verdict.leaks().allocations() > 0) {
      for (Leak leak : verdict.leaks().blocks()) {
        out.append(leak.direct() ? "Direct" : "Indirect")
            .append(" leak of ")
            .append(leak.bytes())
            .append(" byte(s) allocated at ")
            .append(entry.position(leak.allocatedAt(), 1))
            .append('\n');
      }
      out.append("SUMMARY: LeakSanitizer: ")
          .append(verdict.leaks().bytes())
          .append(" byte(s) leaked in ")
          .append(verdict.leaks().allocations())
          .append(" allocation(s).\n");
    }
    if (!verdict.stdout().isEmpty()) {
      out.append("stdout:\n");
      for (String line : verdict.stdout().split("\n", -1)) {
        out.append("  | ").append(line).append('\n');
      }
      if (verdict.stdout().endsWith("\n")) {
        out.setLength(out.length() - "  | \n".length());
      }
    }
    for (ScenarioProblem problem : entry.problems()) {
      out.append(entry.position(problem.line(), problem.column()))
          .append(": problem: ")
          .append(problem.message())
          .append('\n');
    }
    return out.append('\n').toString();
  }

  /** The closing line: how many programs ran and how many need attention. */
  static String summary(List<Entry> entries) {
    long failing = entries.stream().filter(e -> !e.problems().isEmpty()).count();
    String programs = entries.size() == 1 ? "1 program" : entries.size() + " programs";
    return failing == 0
        ? programs + " simulated; all as expected.\n"
        : programs + " simulated; " + failing + " not as expected.\n";
  }

  /** The line with a caret under the span, as rustc prints it. */
  private static void snippet(StringBuilder out, Entry entry, Span span, String label) {
    String number = Integer.toString(span.line() + entry.lineOffset());
    String gutter = " ".repeat(number.length());
    out.append(gutter)
        .append("--> ")
        .append(entry.position(span.line(), span.column()))
        .append('\n');
    out.append(gutter).append(" |\n");
    out.append(number).append(" | ").append(entry.sourceLine(span.line())).append('\n');
    int width = span.endLine() == span.line() ? Math.max(1, span.endColumn() - span.column()) : 1;
    out.append(gutter)
        .append(" | ")
        .append(" ".repeat(span.column() - 1))
        .append("^".repeat(width));
    if (!label.isEmpty()) {
      out.append(' ').append(label);
    }
    out.append('\n');
  }
}
