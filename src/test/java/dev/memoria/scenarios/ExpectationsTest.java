package dev.memoria.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.memoria.simulator.Dialect;
import dev.memoria.simulator.MarkerParser;
import dev.memoria.simulator.Program;
import dev.memoria.simulator.Simulation;
import dev.memoria.simulator.trace.CompileError;
import dev.memoria.simulator.trace.Fault;
import dev.memoria.simulator.trace.FaultKind;
import dev.memoria.simulator.trace.Leak;
import dev.memoria.simulator.trace.Leaks;
import dev.memoria.simulator.trace.Outcome;
import dev.memoria.simulator.trace.Span;
import dev.memoria.simulator.trace.Trace;
import dev.memoria.simulator.trace.Verdict;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ExpectationsTest {

  private static final String MOVED =
      """
      fn main() {
          let s1 = String::from("hola");
          let s2 = s1;
          println!("{s1}");%s
      }
      """;

  @Test
  void anExpectedCompileErrorOnItsLineIsNoProblem() {
    Simulation simulation =
        simulation(MOVED.formatted(" // @expect(E0382)"), Dialect.RUST, compileError("E0382", 4));
    assertEquals(List.of(), Expectations.judge(simulation, List.of(), line -> line));
  }

  @Test
  void anUnexpectedCompileErrorSaysWhichMarkerToAdd() {
    Simulation simulation = simulation(MOVED.formatted(""), Dialect.RUST, compileError("E0382", 4));
    assertEquals(
        List.of(
            "4:15 error[E0382]: borrow of moved value: `s1`; if the block shows this on purpose,"
                + " add // @expect(E0382) to this line"),
        lines(Expectations.judge(simulation, List.of(), line -> line)));
  }

  @Test
  void messagesNameTheLinesOfTheFileTheBlockIsIn() {
    Simulation simulation =
        simulation(
            MOVED.formatted("").replace("let s2 = s1;", "let s2 = s1; // @expect(E0382)"),
            Dialect.RUST,
            compileError("E0382", 4));
    List<String> problems = lines(Expectations.judge(simulation, List.of(), line -> line + 20));
    assertEquals(
        "3:21 expected error E0382 here, but the compiler reports E0382 on line 24",
        problems.get(0));
  }

  @Test
  void anExpectationOnAnotherLineIsNotMet() {
    Simulation simulation =
        simulation(
            MOVED.formatted("").replace("let s2 = s1;", "let s2 = s1; // @expect(E0382)"),
            Dialect.RUST,
            compileError("E0382", 4));
    assertEquals(
        List.of(
            "3:21 expected error E0382 here, but the compiler reports E0382 on line 4",
            "4:15 error[E0382]: borrow of moved value: `s1`; if the block shows this on purpose,"
                + " add // @expect(E0382) to this line"),
        lines(Expectations.judge(simulation, List.of(), line -> line)));
  }

  @Test
  void aBlockLevelExpectationMatchesAnyLine() {
    Simulation simulation = simulation(MOVED.formatted(""), Dialect.RUST, compileError("E0382", 4));
    assertEquals(List.of(), Expectations.judge(simulation, List.of("E0382"), line -> line));
  }

  @Test
  void anExpectedFaultThatDoesNotHappenIsReported() {
    Simulation simulation =
        simulation("int main(void) { return 0; } // @expect(double-free)\n", Dialect.C, ran("", 0));
    assertEquals(
        List.of(
            "1:33 expected double-free here, but the program compiles and runs without a"
                + " fault"),
        lines(Expectations.judge(simulation, List.of(), line -> line)));
  }

  @Test
  void leaksAreExpectedByTheirAllocationLineAndSize() {
    String source =
        """
        int main(void) {
            char *p = malloc(5); // @expect(leak=5)
            char *q = malloc(3);
            return 0;
        }
        """;
    Verdict verdict =
        new Verdict(
            Outcome.OK,
            List.of(),
            Optional.empty(),
            new Leaks(List.of(new Leak("H1", 5, true, 2), new Leak("H2", 3, true, 3))),
            "",
            OptionalInt.of(1),
            Optional.empty());
    assertEquals(
        List.of(
            "3:1 leak: 3 byte(s) allocated here are never freed; if the block shows this on"
                + " purpose, add // @expect(leak=3) to this line"),
        lines(Expectations.judge(simulation(source, Dialect.C, verdict), List.of(), line -> line)));
    assertEquals(
        List.of(),
        Expectations.judge(
            simulation(source.replace("// @expect(leak=5)", ""), Dialect.C, verdict),
            List.of("leak=8"),
            line -> line));
  }

  @Test
  void aFaultExpectedOnItsLineIsNoProblemAndUnsupportedAlwaysIs() {
    String source = "int main(void) {\n  free(p); free(p); // @expect(double-free)\n}\n";
    Verdict faulted =
        new Verdict(
            Outcome.RUNTIME_ERROR,
            List.of(),
            Optional.of(new Fault(FaultKind.DOUBLE_FREE, Span.at(2, 12), "attempting double-free")),
            Leaks.NONE,
            "",
            OptionalInt.of(1),
            Optional.empty());
    assertEquals(
        List.of(),
        Expectations.judge(simulation(source, Dialect.C, faulted), List.of(), line -> line));
    Verdict unsupported = Verdict.unsupported(Span.at(2, 3), "`goto` is not supported");
    assertEquals(
        List.of("2:3 cannot simulate: `goto` is not supported"),
        lines(
            Expectations.judge(
                simulation(source, Dialect.C, unsupported), List.of(), line -> line)));
  }

  private static Verdict compileError(String code, int line) {
    return Verdict.compileErrors(
        List.of(
            new CompileError(
                code,
                "borrow of moved value: `s1`",
                new Span(line, 15, line, 19),
                "value borrowed here after move",
                List.of())));
  }

  private static Verdict ran(String stdout, int exit) {
    return new Verdict(
        Outcome.OK,
        List.of(),
        Optional.empty(),
        Leaks.NONE,
        stdout,
        OptionalInt.of(exit),
        Optional.empty());
  }

  private static Simulation simulation(String source, Dialect dialect, Verdict verdict) {
    Program program = new Program("test", dialect, source);
    return new Simulation(program, MarkerParser.parse(source, dialect), Trace.EMPTY, verdict);
  }

  private static List<String> lines(List<ScenarioProblem> problems) {
    return problems.stream().map(p -> p.line() + ":" + p.column() + " " + p.message()).toList();
  }
}
