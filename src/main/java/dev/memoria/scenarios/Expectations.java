package dev.memoria.scenarios;

import dev.memoria.simulator.Marker;
import dev.memoria.simulator.MarkerProblem;
import dev.memoria.simulator.Simulation;
import dev.memoria.simulator.trace.CompileError;
import dev.memoria.simulator.trace.Fault;
import dev.memoria.simulator.trace.FaultKind;
import dev.memoria.simulator.trace.Leak;
import dev.memoria.simulator.trace.Outcome;
import dev.memoria.simulator.trace.Problem;
import dev.memoria.simulator.trace.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Judges a verdict against the author's expectations: an {@code @expect(...)} marker on a line (the
 * failure must happen on that line) or an {@code expect=...} option on the block (anywhere). Every
 * compile error, fault and leak must be expected, and every expectation met.
 */
final class Expectations {

  private static final String LEAK = "leak=";

  private Expectations() {}

  /** An expectation: what, and on which program line (0 = anywhere in the program). */
  record Expected(String what, int line, int column) {}

  /**
   * The problems of one simulation, in line order.
   *
   * @param fileLine turns a program line into the line a reader sees in the file (a note's line for
   *     a scenario block), for the lines messages mention
   */
  static List<ScenarioProblem> judge(
      Simulation simulation, List<String> blockExpectations, IntUnaryOperator fileLine) {
    List<ScenarioProblem> problems = new ArrayList<>();
    for (MarkerProblem marker : simulation.markers().problems()) {
      problems.add(new ScenarioProblem(marker.line(), marker.column(), marker.message()));
    }
    Verdict verdict = simulation.verdict();
    if (verdict.outcome() == Outcome.UNSUPPORTED || verdict.outcome() == Outcome.LIMIT_EXCEEDED) {
      Problem problem = verdict.problem().orElseThrow();
      problems.add(
          new ScenarioProblem(
              problem.at().line(),
              problem.at().column(),
              (verdict.outcome() == Outcome.UNSUPPORTED ? "cannot simulate: " : "stopped: ")
                  + problem.message()));
      return sorted(problems);
    }
    List<Expected> open = new ArrayList<>();
    for (Marker marker : simulation.markers().expectations()) {
      open.add(new Expected(marker.argument(), marker.line(), marker.column()));
    }
    for (String what : blockExpectations) {
      open.add(new Expected(what, 0, 1));
    }
    for (CompileError error : verdict.errors()) {
      int line = error.primary().line();
      if (!take(open, error.code(), line)) {
        problems.add(
            new ScenarioProblem(
                line,
                error.primary().column(),
                "error["
                    + error.code()
                    + "]: "
                    + error.message()
                    + "; if the block shows this on purpose, add // @expect("
                    + error.code()
                    + ") to this line"));
      }
    }
    if (verdict.fault().isPresent()) {
      Fault fault = verdict.fault().get();
      int line = fault.at().line();
      if (!take(open, fault.kind().id(), line)) {
        problems.add(
            new ScenarioProblem(
                line,
                fault.at().column(),
                fault.kind().id()
                    + ": "
                    + fault.message()
                    + "; if the block shows this on purpose, add // @expect("
                    + fault.kind().id()
                    + ") to this line"));
      }
    }
    judgeLeaks(verdict.leaks().blocks(), open, problems);
    for (Expected expected : open) {
      problems.add(
          new ScenarioProblem(
              Math.max(1, expected.line()), expected.column(), unmet(expected, verdict, fileLine)));
    }
    return sorted(problems);
  }

  /**
   * Leaks are expected per allocation line, as {@code leak=BYTES} summed over that line; a
   * block-level {@code expect=leak=N} covers the total of the lines no marker claimed.
   */
  private static void judgeLeaks(
      List<Leak> leaks, List<Expected> open, List<ScenarioProblem> problems) {
    List<Integer> unclaimedLines = new ArrayList<>();
    long unclaimedBytes = 0;
    for (int line : leaks.stream().map(Leak::allocatedAt).distinct().sorted().toList()) {
      long bytes = bytesAllocatedAt(leaks, line);
      if (!takeOnLine(open, LEAK + bytes, line)) {
        unclaimedLines.add(line);
        unclaimedBytes += bytes;
      }
    }
    if (unclaimedLines.isEmpty() || takeOnLine(open, LEAK + unclaimedBytes, 0)) {
      return;
    }
    for (int line : unclaimedLines) {
      long bytes = bytesAllocatedAt(leaks, line);
      problems.add(
          new ScenarioProblem(
              line,
              1,
              "leak: "
                  + bytes
                  + " byte(s) allocated here are never freed; if the block shows this on"
                  + " purpose, add // @expect(leak="
                  + bytes
                  + ") to this line"));
    }
  }

  private static long bytesAllocatedAt(List<Leak> leaks, int line) {
    return leaks.stream().filter(l -> l.allocatedAt() == line).mapToLong(Leak::bytes).sum();
  }

  /** Takes the expectation made on exactly this line (0: a block-level one). */
  private static boolean takeOnLine(List<Expected> open, String what, int line) {
    for (int i = 0; i < open.size(); i++) {
      if (open.get(i).line() == line && open.get(i).what().equals(what)) {
        open.remove(i);
        return true;
      }
    }
    return false;
  }

  /** Takes the expectation on this line, else a block-level one. */
  private static boolean take(List<Expected> open, String what, int line) {
    return takeOnLine(open, what, line) || takeOnLine(open, what, 0);
  }

  private static String unmet(Expected expected, Verdict verdict, IntUnaryOperator fileLine) {
    String where = expected.line() == 0 ? "" : " here";
    String happened =
        switch (verdict.outcome()) {
          case OK -> "the program compiles and runs without a fault";
          case COMPILE_ERROR ->
              "the compiler reports "
                  + String.join(
                      ", ",
                      verdict.errors().stream()
                          .map(
                              e -> e.code() + " on line " + fileLine.applyAsInt(e.primary().line()))
                          .toList());
          case RUNTIME_ERROR ->
              verdict
                  .fault()
                  .map(
                      f ->
                          "it stops with "
                              + f.kind().id()
                              + " on line "
                              + fileLine.applyAsInt(f.at().line()))
                  .orElse("it stops with a runtime error");
          default -> "it could not be simulated";
        };
    String what = expected.what();
    String kind =
        what.startsWith("E")
            ? "error " + what
            : what.startsWith(LEAK)
                ? "a leak of " + what.substring(LEAK.length()) + " byte(s)"
                : FaultKind.fromId(what).map(FaultKind::id).orElse(what);
    return "expected " + kind + where + ", but " + happened;
  }

  private static List<ScenarioProblem> sorted(List<ScenarioProblem> problems) {
    return problems.stream()
        .sorted(
            Comparator.comparingInt(ScenarioProblem::line)
                .thenComparingInt(ScenarioProblem::column))
        .toList();
  }
}
