package dev.memoria.simulator.svg;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The drawn figure of one simulation.
 *
 * @param idPrefix the prefix of every id in the figure, such as {@code mem-2}
 * @param steps the steps shown, in order (empty when the program did not run)
 * @param faultStep the number (1-based) of the step where the run faulted, to open the stepper on
 */
public record Diagram(String idPrefix, List<DiagramStep> steps, OptionalInt faultStep) {
  public Diagram {
    Objects.requireNonNull(idPrefix);
    steps = List.copyOf(steps);
    Objects.requireNonNull(faultStep);
  }
}
