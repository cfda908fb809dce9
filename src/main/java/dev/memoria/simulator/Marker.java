package dev.memoria.simulator;

import java.util.Objects;
import java.util.Optional;

/**
 * A step marker found in a program's line comments.
 *
 * @param kind which marker
 * @param line its line (1-based)
 * @param column the column of its {@code @}
 * @param argument for {@code EXPECT}: what is expected ({@code E0382}, {@code heap-use-after-free},
 *     {@code leak=16}, {@code panic}); empty otherwise
 * @param caption the text after {@code :} in the same comment, trimmed
 */
public record Marker(
    MarkerKind kind, int line, int column, String argument, Optional<String> caption) {
  public Marker {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(argument);
    Objects.requireNonNull(caption);
  }
}
