package dev.memoria.simulator.rust.syntax;

import dev.memoria.simulator.trace.Span;
import java.util.List;
import java.util.Objects;

/**
 * A whole parsed program.
 *
 * @param items the top-level items in source order
 * @param nodeCount one more than the largest node id in the tree
 * @param span the whole text
 */
public record Crate(List<Item> items, int nodeCount, Span span) {
  public Crate {
    items = List.copyOf(items);
    Objects.requireNonNull(span);
  }
}
