package dev.memoria.simulator.memory;

import java.util.function.IntConsumer;

/**
 * The pointer graph of a heap, numbered {@code 0..size()-1}, as a leak scan sees it. Either
 * dialect's machine implements it over its own memory; nothing here knows C or Rust.
 */
public interface PointsTo {

  /** How many blocks there are, live or not. */
  int size();

  /** True when the block is allocated and not yet freed: only those are scanned or leaked. */
  boolean live(int block);

  /** Calls {@code sink} with every block that {@code block}'s contents point into. */
  void targets(int block, IntConsumer sink);
}
