package dev.memoria.simulator.rust.run;

import dev.memoria.simulator.trace.Outcome;
import dev.memoria.simulator.trace.Span;

/**
 * Stops the whole run at once, with no unwinding: a limit was passed, or the program does what the
 * simulator does not model.
 */
final class Halt extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final Outcome outcome;
  final transient Span at;

  Halt(Outcome outcome, Span at, String message) {
    super(message, null, false, false);
    this.outcome = outcome;
    this.at = at;
  }
}
