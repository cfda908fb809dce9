package dev.memoria.simulator.rust.syntax;

import dev.memoria.simulator.trace.Span;

/**
 * Every AST node: an id unique within its {@link Crate} (dense, from 0 to {@link Crate#nodeCount()}
 * - 1, so side tables can be arrays) and the source range it covers.
 */
public interface Node {
  /** The node's identity within its crate. */
  int id();

  /** Where the node is in the source. */
  Span span();
}
