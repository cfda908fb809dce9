package dev.memoria.simulator.trace;

import java.util.Objects;

/**
 * The runtime fault that stopped the program (the first one, as AddressSanitizer halts on it).
 *
 * @param kind what went wrong
 * @param at the expression that faulted
 * @param message one line in the real tool's words, such as {@code READ of size 4 at H1+0, freed at
 *     line 7, allocated at line 5} or a panic message {@code index out of bounds: the len is 3 but
 *     the index is 5}
 */
public record Fault(FaultKind kind, Span at, String message) {
  public Fault {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(at);
    Objects.requireNonNull(message);
  }
}
