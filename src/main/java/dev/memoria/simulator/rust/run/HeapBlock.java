package dev.memoria.simulator.rust.run;

import java.util.ArrayList;

/**
 * One heap allocation: a String's bytes, a Vec's elements or a Box's value. Its id never changes; a
 * String or Vec that grows gets a new block and the old one is freed, as realloc may do.
 */
final class HeapBlock {

  /** What the block stores, which decides how its contents are drawn. */
  enum Use {
    STRING,
    VEC,
    BOX
  }

  final String id;
  final Use use;
  final String kind;
  final int allocatedAt;
  long capacity;
  long size;
  boolean freed;
  int freedAt;

  /** The recorder's step count when this block was freed: it is drawn as a ghost once. */
  int freedAtStep;

  final StringBuilder text;
  long byteLen;
  final ArrayList<Val> elems;
  Val boxed;

  HeapBlock(String id, Use use, String kind, long capacity, long size, int allocatedAt) {
    this.id = id;
    this.use = use;
    this.kind = kind;
    this.capacity = capacity;
    this.size = size;
    this.allocatedAt = allocatedAt;
    this.text = use == Use.STRING ? new StringBuilder() : null;
    this.elems = use == Use.VEC ? new ArrayList<>() : null;
  }
}
