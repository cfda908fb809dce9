package dev.memoria.simulator.rust.types;

import java.util.Objects;

/**
 * An index expression {@code v[i]} resolved: the base is auto-dereferenced {@code derefs} times to
 * reach the {@code Vec<element>}; the index is a {@code usize}.
 */
public record IndexAccess(Type element, int derefs) {
  public IndexAccess {
    Objects.requireNonNull(element);
  }
}
