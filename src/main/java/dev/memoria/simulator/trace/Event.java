package dev.memoria.simulator.trace;

import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened at a line; {@link EventKind} says what each field means for a kind.
 *
 * @param kind what happened
 * @param line where
 * @param subject the variable, expression, function or thread concerned, as written ({@code s1},
 *     {@code v[2]}, {@code main}); empty when there is none
 * @param other the second party: where a value moved to, who borrowed it
 * @param block the memory block concerned, such as {@code H1}
 * @param bytes the size concerned (allocated, freed, leaked), 0 when none
 * @param type the type concerned, such as {@code Box<i32>} or {@code String} (may be empty)
 */
public record Event(
    EventKind kind,
    int line,
    String subject,
    Optional<String> other,
    Optional<String> block,
    long bytes,
    String type) {
  public Event {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(subject);
    Objects.requireNonNull(other);
    Objects.requireNonNull(block);
    Objects.requireNonNull(type);
  }
}
