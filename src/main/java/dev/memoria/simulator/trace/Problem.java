package dev.memoria.simulator.trace;

import java.util.Objects;

/**
 * Why a program got no verdict: the construct outside the subset, or the limit it ran past.
 *
 * @param at where (the construct, or the statement running when the limit was hit)
 * @param message what and what to do, such as {@code `match` is not supported by the simulator; use
 *     if/else}
 */
public record Problem(Span at, String message) {
  public Problem {
    Objects.requireNonNull(at);
    Objects.requireNonNull(message);
  }
}
