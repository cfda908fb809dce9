package dev.memoria.simulator.rust;

import dev.memoria.simulator.Engine;
import dev.memoria.simulator.Limits;
import dev.memoria.simulator.Markers;
import dev.memoria.simulator.Program;
import dev.memoria.simulator.rust.check.RustChecker;
import dev.memoria.simulator.rust.run.RustInterpreter;
import dev.memoria.simulator.rust.syntax.Parsed;
import dev.memoria.simulator.rust.syntax.Parser;
import dev.memoria.simulator.rust.types.TypeChecker;
import dev.memoria.simulator.rust.types.TypedProgram;
import dev.memoria.simulator.trace.CompileError;
import dev.memoria.simulator.trace.Problem;
import dev.memoria.simulator.trace.Trace;
import dev.memoria.simulator.trace.Verdict;
import java.util.List;

/**
 * Checks and runs Rust scenario programs: parse and type (outside the subset: unsupported), check
 * as rustc does (errors: compile-error, no run), then interpret and record the trace.
 */
public final class RustEngine implements Engine {

  @Override
  public Result run(Program program, Markers markers, Limits limits) {
    Parsed parsed = Parser.parse(program.source());
    if (!parsed.ok()) {
      return unsupported(parsed.problems().get(0));
    }
    TypedProgram typed = TypeChecker.check(parsed.crate());
    if (!typed.ok()) {
      return unsupported(typed.problems().get(0));
    }
    // The checker gives its errors in the order rustc emits them.
    List<CompileError> errors = RustChecker.check(typed);
    if (!errors.isEmpty()) {
      return new Result(Trace.EMPTY, Verdict.compileErrors(errors));
    }
    return RustInterpreter.run(typed, program.source(), markers, limits);
  }

  private static Result unsupported(Problem problem) {
    return new Result(Trace.EMPTY, Verdict.unsupported(problem.at(), problem.message()));
  }
}
