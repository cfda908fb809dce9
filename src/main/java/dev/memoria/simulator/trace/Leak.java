package dev.memoria.simulator.trace;

import java.util.Objects;

/**
 * A heap block nobody can reach at exit, as LeakSanitizer reports it.
 *
 * @param block the block's id, such as {@code H3}
 * @param bytes its size
 * @param direct true when no other leaked block points to it (LSan's "direct leak")
 * @param allocatedAt the line that allocated it
 */
public record Leak(String block, long bytes, boolean direct, int allocatedAt) {
  public Leak {
    Objects.requireNonNull(block);
  }
}
