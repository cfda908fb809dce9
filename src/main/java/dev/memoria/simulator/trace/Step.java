package dev.memoria.simulator.trace;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded moment of a run.
 *
 * @param line the program line this step belongs to (a closing {@code }} for scope-end drops)
 * @param when before or after that line ran
 * @param marked true when an {@code @show} marker on the line asked for it
 * @param caption the author's caption after {@code :} in the marker, if any
 * @param events what happened since the previous recorded step, in order
 * @param snapshot the whole machine at this moment
 */
public record Step(
    int line,
    When when,
    boolean marked,
    Optional<String> caption,
    List<Event> events,
    Snapshot snapshot) {
  public Step {
    Objects.requireNonNull(when);
    Objects.requireNonNull(caption);
    events = List.copyOf(events);
    Objects.requireNonNull(snapshot);
  }
}
