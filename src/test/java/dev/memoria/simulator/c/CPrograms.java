package dev.memoria.simulator.c;

import dev.memoria.simulator.Dialect;
import dev.memoria.simulator.Limits;
import dev.memoria.simulator.Program;
import dev.memoria.simulator.Simulation;
import dev.memoria.simulator.Simulator;

/** Runs C test programs through the public simulator entry point. */
final class CPrograms {
  private CPrograms() {}

  static Simulation run(String source) {
    return run(source, Limits.DEFAULT);
  }

  static Simulation run(String source, Limits limits) {
    return new Simulator(limits).run(new Program("test.c", Dialect.C, source));
  }
}
