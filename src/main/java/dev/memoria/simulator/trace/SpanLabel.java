package dev.memoria.simulator.trace;

import java.util.Objects;

/** A labelled secondary span of a compile error, such as "value moved here". */
public record SpanLabel(Span span, String label) {
  public SpanLabel {
    Objects.requireNonNull(span);
    Objects.requireNonNull(label);
  }
}
