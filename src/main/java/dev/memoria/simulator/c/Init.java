package dev.memoria.simulator.c;

import java.util.List;

/**
 * How a declaration fills its object: scalar items at byte offsets, raw bytes (a char array from a
 * string literal), and zeroing of the rest when any brace or string initialiser is present.
 */
record Init(boolean zeroFill, List<Item> items) {
  Init {
    items = List.copyOf(items);
  }

  /** One part: {@code expr} converted to {@code type} at {@code offset}, or literal bytes. */
  record Item(long offset, CType type, Expr expr, byte[] bytes) {}
}
