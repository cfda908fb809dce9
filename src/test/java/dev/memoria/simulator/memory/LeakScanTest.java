package dev.memoria.simulator.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;

class LeakScanTest {

  /** A graph given as adjacency lists; blocks in {@code freed} are not live. */
  private record Graph(List<List<Integer>> edges, BitSet freed) implements PointsTo {
    @Override
    public int size() {
      return edges.size();
    }

    @Override
    public boolean live(int block) {
      return !freed.get(block);
    }

    @Override
    public void targets(int block, IntConsumer sink) {
      edges.get(block).forEach(sink::accept);
    }
  }

  private static BitSet bits(int... set) {
    BitSet b = new BitSet();
    for (int i : set) {
      b.set(i);
    }
    return b;
  }

  @Test
  void keepsBlocksReachableFromTheRootsThroughChains() {
    Graph g = new Graph(List.of(List.of(1), List.of(2), List.of(), List.of()), new BitSet());
    LeakScan.Result r = LeakScan.scan(g, bits(0));
    assertEquals(bits(0, 1, 2), r.reachable());
    assertEquals(bits(3), r.direct());
    assertTrue(r.indirect().isEmpty());
  }

  @Test
  void aLostListHasADirectHeadAndIndirectTail() {
    Graph g = new Graph(List.of(List.of(1), List.of(2), List.of()), new BitSet());
    LeakScan.Result r = LeakScan.scan(g, new BitSet());
    assertEquals(bits(0), r.direct());
    assertEquals(bits(1, 2), r.indirect());
    assertTrue(r.leaked(2));
  }

  @Test
  void bothBlocksOfALostCycleAreIndirectAsLeakSanitizerReportsThem() {
    Graph g = new Graph(List.of(List.of(1), List.of(0)), new BitSet());
    LeakScan.Result r = LeakScan.scan(g, new BitSet());
    assertTrue(r.direct().isEmpty());
    assertEquals(bits(0, 1), r.indirect());
  }

  @Test
  void freedBlocksAreNeitherScannedNorLeaked() {
    Graph g = new Graph(List.of(List.of(1), List.of()), bits(0));
    LeakScan.Result r = LeakScan.scan(g, bits(0));
    assertFalse(r.leaked(0));
    assertEquals(bits(1), r.direct());
  }

  @Test
  void walksALongChainWithoutRecursion() {
    int n = 200_000;
    List<List<Integer>> edges = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      edges.add(i + 1 < n ? List.of(i + 1) : List.of());
    }
    BitSet reachable = LeakScan.reachable(new Graph(edges, new BitSet()), bits(0));
    assertEquals(n, reachable.cardinality());
  }

  @Test
  void handsOutHeapAndStaticIdsInOrder() {
    SymbolicIds ids = new SymbolicIds();
    assertEquals("H1", ids.nextHeap());
    assertEquals("S1", ids.nextStatic());
    assertEquals("H2", ids.nextHeap());
  }
}
