package dev.memoria.simulator;

import dev.memoria.simulator.trace.Trace;
import dev.memoria.simulator.trace.Verdict;
import java.util.Objects;

/**
 * The result of simulating one program.
 *
 * @param program what ran
 * @param markers its step markers, and marker comments that could not be read
 * @param trace the recorded steps (empty when it did not compile or is unsupported)
 * @param verdict what rustc and AddressSanitizer would say
 */
public record Simulation(Program program, Markers markers, Trace trace, Verdict verdict) {
  public Simulation {
    Objects.requireNonNull(program);
    Objects.requireNonNull(markers);
    Objects.requireNonNull(trace);
    Objects.requireNonNull(verdict);
  }
}
