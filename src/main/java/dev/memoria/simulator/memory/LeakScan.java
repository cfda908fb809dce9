package dev.memoria.simulator.memory;

import java.util.BitSet;

/**
 * LeakSanitizer's verdict over a {@link PointsTo} graph: blocks reachable from the roots are kept;
 * every other live block is leaked, indirectly when another leaked block points to it (so both
 * blocks of an unreachable cycle are indirect leaks, as LSan reports them), directly otherwise.
 */
public final class LeakScan {

  private LeakScan() {}

  /**
   * The result of one scan.
   *
   * @param reachable live blocks reachable from the roots
   * @param direct leaked blocks no other leaked block points to
   * @param indirect leaked blocks some other leaked block points to
   */
  public record Result(BitSet reachable, BitSet direct, BitSet indirect) {
    public Result {
      reachable = (BitSet) reachable.clone();
      direct = (BitSet) direct.clone();
      indirect = (BitSet) indirect.clone();
    }

    /** True when the block is leaked, directly or not. */
    public boolean leaked(int block) {
      return direct.get(block) || indirect.get(block);
    }
  }

  /** Live blocks reachable from {@code roots} (the blocks that stacks and globals point into). */
  public static BitSet reachable(PointsTo graph, BitSet roots) {
    BitSet seen = new BitSet(graph.size());
    int[] stack = new int[Math.max(16, roots.cardinality())];
    int top = 0;
    for (int b = roots.nextSetBit(0); b >= 0; b = roots.nextSetBit(b + 1)) {
      if (graph.live(b) && !seen.get(b)) {
        seen.set(b);
        stack = push(stack, top++, b);
      }
    }
    // An explicit stack: a long linked list must not overflow the JVM stack.
    int[][] holder = {stack};
    int[] topHolder = {top};
    while (topHolder[0] > 0) {
      int block = holder[0][--topHolder[0]];
      graph.targets(
          block,
          t -> {
            if (t >= 0 && t < graph.size() && graph.live(t) && !seen.get(t)) {
              seen.set(t);
              holder[0] = push(holder[0], topHolder[0]++, t);
            }
          });
    }
    return seen;
  }

  /** Reachability from {@code roots}, then the leaked blocks split into direct and indirect. */
  public static Result scan(PointsTo graph, BitSet roots) {
    BitSet reachable = reachable(graph, roots);
    BitSet indirect = new BitSet(graph.size());
    BitSet leaked = new BitSet(graph.size());
    for (int b = 0; b < graph.size(); b++) {
      if (graph.live(b) && !reachable.get(b)) {
        leaked.set(b);
      }
    }
    for (int b = leaked.nextSetBit(0); b >= 0; b = leaked.nextSetBit(b + 1)) {
      int from = b;
      graph.targets(
          b,
          t -> {
            if (t != from && leaked.get(t)) {
              indirect.set(t);
            }
          });
    }
    // LSan floods from each leaked block, so everything below another leaked block is indirect.
    BitSet flooded = new BitSet(graph.size());
    for (int b = indirect.nextSetBit(0); b >= 0; b = indirect.nextSetBit(b + 1)) {
      flooded.set(b);
    }
    BitSet fromIndirect = reachable(graph, flooded);
    fromIndirect.and(leaked);
    indirect.or(fromIndirect);
    BitSet direct = (BitSet) leaked.clone();
    direct.andNot(indirect);
    return new Result(reachable, direct, indirect);
  }

  private static int[] push(int[] stack, int at, int value) {
    int[] grown = at < stack.length ? stack : java.util.Arrays.copyOf(stack, stack.length * 2);
    grown[at] = value;
    return grown;
  }
}
