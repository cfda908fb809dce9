package dev.memoria.simulator.trace;

import java.util.List;
import java.util.Objects;

/**
 * A compile-time error as rustc reports it.
 *
 * @param code the error code, such as {@code E0382}
 * @param message rustc's first line, such as {@code borrow of moved value: `s1`}
 * @param primary where rustc points its primary span
 * @param label the primary span's label, such as "value borrowed here after move" (may be empty)
 * @param secondary the other labelled spans, in rustc's order
 */
public record CompileError(
    String code, String message, Span primary, String label, List<SpanLabel> secondary) {
  public CompileError {
    Objects.requireNonNull(code);
    Objects.requireNonNull(message);
    Objects.requireNonNull(primary);
    Objects.requireNonNull(label);
    secondary = List.copyOf(secondary);
  }
}
