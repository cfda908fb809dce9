package dev.memoria.simulator;

import dev.memoria.simulator.trace.Trace;
import dev.memoria.simulator.trace.Verdict;

/** Checks and runs programs of one dialect. Implementations keep no state between runs. */
public interface Engine {

  /** The trace and verdict of one program; problems in the program are in the verdict. */
  Result run(Program program, Markers markers, Limits limits);

  /** What an engine gives back. */
  record Result(Trace trace, Verdict verdict) {}
}
