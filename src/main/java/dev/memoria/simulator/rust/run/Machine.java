package dev.memoria.simulator.rust.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;

/** The simulated machine's memory: threads with their stacks, the heap, static data, stdout. */
final class Machine {

  /** A string literal's bytes in read-only static data. */
  record StaticText(String id, String text, long bytes) {}

  final ArrayList<Strand> strands = new ArrayList<>();
  Strand current;

  /** Live blocks and recently freed ones, in allocation order. */
  final ArrayList<HeapBlock> heap = new ArrayList<>();

  final LinkedHashMap<String, StaticText> statics = new LinkedHashMap<>();
  final StringBuilder stdout = new StringBuilder();
  long stdoutBytes;
  long heapBytes;
  int nextBlock = 1;
  int nextThread = 1;

  /** Steps recorded so far: the index of the next one. */
  int recorded;

  int slotSeq;
  int freedSinceCompaction;

  StaticText literal(String text) {
    StaticText found = statics.get(text);
    if (found == null) {
      found =
          new StaticText(
              "S" + (statics.size() + 1),
              text,
              text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
      statics.put(text, found);
    }
    return found;
  }

  /** Forgets freed blocks already drawn, so a loop that allocates does not grow the list. */
  void compactHeap() {
    if (++freedSinceCompaction < 64) {
      return;
    }
    freedSinceCompaction = 0;
    heap.removeIf(b -> b.freed && b.freedAtStep < recorded);
  }
}
