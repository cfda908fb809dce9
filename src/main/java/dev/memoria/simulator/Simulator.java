package dev.memoria.simulator;

import dev.memoria.simulator.c.CEngine;
import dev.memoria.simulator.rust.RustEngine;

/** Runs scenario programs: the one entry point of the simulator library. */
public final class Simulator {

  private final Limits limits;

  /** A simulator that stops runaway programs at these limits. */
  public Simulator(Limits limits) {
    this.limits = limits;
  }

  /** Checks the program as rustc or gcc would, runs it, and records its memory step by step. */
  public Simulation run(Program program) {
    Markers markers = MarkerParser.parse(program.source(), program.dialect());
    Engine engine =
        switch (program.dialect()) {
          case RUST -> new RustEngine();
          case C -> new CEngine();
        };
    Engine.Result result = engine.run(program, markers, limits);
    return new Simulation(program, markers, result.trace(), result.verdict());
  }
}
