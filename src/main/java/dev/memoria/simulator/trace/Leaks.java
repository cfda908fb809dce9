package dev.memoria.simulator.trace;

import java.util.List;

/** Every leaked block at exit; a block still reachable from a global is not a leak. */
public record Leaks(List<Leak> blocks) {
  public static final Leaks NONE = new Leaks(List.of());

  public Leaks {
    blocks = List.copyOf(blocks);
  }

  /** Bytes leaked, direct and indirect, as LSan's summary line counts them. */
  public long bytes() {
    return blocks.stream().mapToLong(Leak::bytes).sum();
  }

  /** Allocations leaked, direct and indirect. */
  public int allocations() {
    return blocks.size();
  }
}
