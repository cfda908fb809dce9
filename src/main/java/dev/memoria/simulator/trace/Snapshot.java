package dev.memoria.simulator.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The whole machine at one moment.
 *
 * @param threads every thread, the main thread {@code T0} first
 * @param globals C globals and Rust statics, in declaration order
 * @param blocks heap blocks and static data (string literals) that exist or were just freed, in
 *     allocation order
 * @param stdout everything printed so far
 */
public record Snapshot(
    List<ThreadState> threads, List<Slot> globals, List<Block> blocks, String stdout) {
  public Snapshot {
    threads = List.copyOf(threads);
    globals = List.copyOf(globals);
    blocks = List.copyOf(blocks);
    Objects.requireNonNull(stdout);
  }

  /**
   * Every pointer in the snapshot as an arrow: from slots, globals and block contents, in that
   * order, each to its target.
   */
  public List<Edge> edges() {
    List<Edge> edges = new ArrayList<>();
    for (ThreadState thread : threads) {
      for (Frame frame : thread.frames()) {
        for (Slot slot : frame.slots()) {
          Edge.collect(slot.path(), slot.value(), edges);
        }
      }
    }
    for (Slot global : globals) {
      Edge.collect(global.path(), global.value(), edges);
    }
    for (Block block : blocks) {
      Edge.collect(block.id(), block.contents(), edges);
    }
    return List.copyOf(edges);
  }
}
