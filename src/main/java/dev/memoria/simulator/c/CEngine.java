package dev.memoria.simulator.c;

import dev.memoria.simulator.Engine;
import dev.memoria.simulator.Limits;
import dev.memoria.simulator.Markers;
import dev.memoria.simulator.Program;
import dev.memoria.simulator.trace.EventKind;
import dev.memoria.simulator.trace.Fault;
import dev.memoria.simulator.trace.Leak;
import dev.memoria.simulator.trace.Leaks;
import dev.memoria.simulator.trace.Outcome;
import dev.memoria.simulator.trace.Problem;
import dev.memoria.simulator.trace.Span;
import dev.memoria.simulator.trace.Trace;
import dev.memoria.simulator.trace.Verdict;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Checks and runs C scenario programs as {@code gcc -std=c17 -g -O0 -fsanitize=address} with {@code
 * detect_leaks=1:detect_stack_use_after_return=1} would: the first ASan fault stops the run; at
 * exit, leaks are counted as LeakSanitizer counts them.
 */
public final class CEngine implements Engine {

  @Override
  public Result run(Program program, Markers markers, Limits limits) {
    CProgram parsed;
    try {
      parsed = CParser.parse(program.source());
    } catch (Unsupported u) {
      return unsupported(u);
    }
    int lines = (int) program.source().chars().filter(c -> c == '\n').count() + 1;
    Recorder recorder = new Recorder(markers, limits.maxSnapshots(), lines);
    Machine m = new Machine(parsed, limits, recorder);
    try {
      return finish(m, recorder, m.run(), false);
    } catch (Machine.Stop stop) {
      if (stop.limit) {
        return limited(m, recorder, stop);
      }
      if (stop.fault != null) {
        return faulted(m, recorder, stop.fault);
      }
      try {
        return finish(m, recorder, stop.exitCode, true);
      } catch (Machine.Stop late) {
        return limited(m, recorder, late);
      }
    } catch (Unsupported u) {
      return unsupported(u);
    } catch (IllegalStateException | IndexOutOfBoundsException | ArithmeticException e) {
      // A bug in the simulator must not take the whole build down, nor guess a verdict.
      return new Result(
          Trace.EMPTY,
          Verdict.unsupported(
              Span.at(Math.max(1, m.line), 1),
              "the C simulator failed on this program (line " + m.line + "): " + e));
    } catch (StackOverflowError e) {
      return limited(
          m,
          recorder,
          new Machine.Stop(
              null,
              0,
              true,
              "the calls nest too deeply for the simulator's own stack; lower maxCallDepth"
                  + " (line "
                  + m.line
                  + ")",
              m.line));
    }
  }

  private static Result finish(Machine m, Recorder recorder, int code, boolean viaExit) {
    int line = m.line;
    List<Leak> leaks = m.exitLeaks(viaExit, line);
    if (m.memoryEvent) {
      recorder.record(m, line, false, recorder.after(line));
    }
    int exit = leaks.isEmpty() ? code & 0xFF : 1;
    Verdict verdict =
        new Verdict(
            Outcome.OK,
            List.of(),
            Optional.empty(),
            new Leaks(leaks),
            m.out.toString(),
            OptionalInt.of(exit),
            Optional.empty());
    return new Result(new Trace(recorder.steps(), m.steps), verdict);
  }

  private static Result faulted(Machine m, Recorder recorder, Fault fault) {
    m.line = fault.at().line();
    m.event(EventKind.FAULT, fault.kind().id(), Optional.empty(), Optional.empty(), 0, "");
    try {
      int line = fault.at().line();
      recorder.record(m, line, true, recorder.before(line) || recorder.after(line));
    } catch (Machine.Stop full) {
      // The snapshot budget is spent; the verdict still stands.
    }
    Verdict verdict =
        new Verdict(
            Outcome.RUNTIME_ERROR,
            List.of(),
            Optional.of(fault),
            Leaks.NONE,
            m.out.toString(),
            OptionalInt.of(1),
            Optional.empty());
    return new Result(new Trace(recorder.steps(), m.steps), verdict);
  }

  private static Result limited(Machine m, Recorder recorder, Machine.Stop stop) {
    Verdict verdict =
        new Verdict(
            Outcome.LIMIT_EXCEEDED,
            List.of(),
            Optional.empty(),
            Leaks.NONE,
            m.out.toString(),
            OptionalInt.empty(),
            Optional.of(new Problem(Span.at(Math.max(1, stop.line), 1), stop.getMessage())));
    return new Result(new Trace(recorder.steps(), m.steps), verdict);
  }

  private static Result unsupported(Unsupported u) {
    return new Result(Trace.EMPTY, Verdict.unsupported(Span.at(u.line, u.column), u.getMessage()));
  }
}
