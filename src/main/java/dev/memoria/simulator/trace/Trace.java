package dev.memoria.simulator.trace;

import java.util.List;

/**
 * The recorded steps of one run: a step at every {@code @show} marker that ran and at every memory
 * event (allocation, free, move, borrow start and end, drop, fault), in execution order.
 *
 * @param steps the recorded steps
 * @param executedSteps how many statements and expressions ran in total (recorded or not)
 */
public record Trace(List<Step> steps, long executedSteps) {
  public static final Trace EMPTY = new Trace(List.of(), 0);

  public Trace {
    steps = List.copyOf(steps);
    if (executedSteps < 0) {
      throw new IllegalArgumentException("negative step count");
    }
  }
}
