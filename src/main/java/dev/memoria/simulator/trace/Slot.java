package dev.memoria.simulator.trace;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named variable on a stack or in the globals.
 *
 * @param path a stable id, {@code T0/F1/s} (shadowed names get {@code s#2}), or {@code G/count}
 * @param name the name as written
 * @param type its type as written in the language ({@code String}, {@code &mut Vec<i32>}, {@code
 *     int *})
 * @param size its size in bytes on x86-64
 * @param value what it holds
 * @param state live, moved, borrowed, ...
 * @param movedTo for {@code MOVED}: where the value went ({@code t}, {@code takes(s)})
 * @param borrowedBy for the borrowed states: the names of the references borrowing it
 * @param scope nesting depth of the block that declared it inside its function (0 = body)
 */
public record Slot(
    String path,
    String name,
    String type,
    long size,
    Value value,
    SlotState state,
    Optional<String> movedTo,
    List<String> borrowedBy,
    int scope) {
  public Slot {
    Objects.requireNonNull(path);
    Objects.requireNonNull(name);
    Objects.requireNonNull(type);
    Objects.requireNonNull(value);
    Objects.requireNonNull(state);
    Objects.requireNonNull(movedTo);
    borrowedBy = List.copyOf(borrowedBy);
  }
}
