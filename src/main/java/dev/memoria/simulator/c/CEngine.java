package dev.memoria.simulator.c;

import dev.memoria.simulator.Engine;
import dev.memoria.simulator.Limits;
import dev.memoria.simulator.Markers;
import dev.memoria.simulator.Program;
import dev.memoria.simulator.trace.Span;
import dev.memoria.simulator.trace.Trace;
import dev.memoria.simulator.trace.Verdict;

/** Checks and runs C scenario programs. */
public final class CEngine implements Engine {

  @Override
  public Result run(Program program, Markers markers, Limits limits) {
    return new Result(
        Trace.EMPTY, Verdict.unsupported(Span.at(1, 1), "the C simulator is not written yet"));
  }
}
