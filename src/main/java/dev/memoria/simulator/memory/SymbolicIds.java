package dev.memoria.simulator.memory;

/**
 * Hands out the symbolic ids of one run: heap blocks {@code H1, H2, ...} in allocation order and
 * static data {@code S1, S2, ...} in first-use order, so traces never show real addresses.
 */
public final class SymbolicIds {
  private int heap;
  private int data;

  /** The next heap block id. */
  public String nextHeap() {
    return "H" + ++heap;
  }

  /** The next static data id. */
  public String nextStatic() {
    return "S" + ++data;
  }
}
