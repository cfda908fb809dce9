package dev.memoria.simulator.trace;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A heap block or a piece of static data.
 *
 * @param id {@code H1}, {@code H2}, ... in allocation order, or {@code S1}, ... for static data
 * @param region heap or static
 * @param kind what it is for: {@code String}, {@code Vec<i32>}, {@code Box<Punto>}, {@code malloc},
 *     {@code &str}
 * @param size its size in bytes (a String's or Vec's capacity, a malloc's request)
 * @param contents what it holds: usually an {@link Value.Composite} of its elements or a {@link
 *     Value.Text}
 * @param owner the variable that owns it (Rust), or the first pointer to it (C), as written
 * @param state live, freed or leaked
 * @param allocatedAt the line that allocated it (0 for static data)
 * @param freedAt for {@code FREED}: the line that freed it
 * @param unreachableSince for {@code LEAKED}: the line where its last pointer was lost
 */
public record Block(
    String id,
    Region region,
    String kind,
    long size,
    Value contents,
    Optional<String> owner,
    BlockState state,
    int allocatedAt,
    OptionalInt freedAt,
    OptionalInt unreachableSince) {
  public Block {
    Objects.requireNonNull(id);
    Objects.requireNonNull(region);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(contents);
    Objects.requireNonNull(owner);
    Objects.requireNonNull(state);
    Objects.requireNonNull(freedAt);
    Objects.requireNonNull(unreachableSince);
  }
}
