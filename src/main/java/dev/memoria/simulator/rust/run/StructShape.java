package dev.memoria.simulator.rust.run;

import java.util.List;

/**
 * A struct type as the machine lays it out.
 *
 * @param name the struct's name
 * @param tuple true for a tuple struct (fields named 0, 1, ...)
 * @param fieldNames fields in declaration order
 * @param fieldTypes their types as written
 * @param offsets each field's byte offset, in rustc's reordered layout
 * @param size the struct's size in bytes
 * @param align its alignment
 * @param copy true when it derives Copy
 * @param hasDrop true when it implements Drop
 */
record StructShape(
    String name,
    boolean tuple,
    List<String> fieldNames,
    List<String> fieldTypes,
    long[] offsets,
    long size,
    long align,
    boolean copy,
    boolean hasDrop) {

  StructShape {
    fieldNames = List.copyOf(fieldNames);
    fieldTypes = List.copyOf(fieldTypes);
  }

  int fieldIndex(String field) {
    return fieldNames.indexOf(field);
  }

  /**
   * Lays out fields as rustc does for the default representation: largest alignment first, so no
   * padding is needed between them, and the size rounded up to the alignment.
   */
  static StructShape layout(
      String name,
      boolean tuple,
      List<String> fieldNames,
      List<String> fieldTypes,
      long[] sizes,
      long[] aligns,
      boolean copy,
      boolean hasDrop) {
    int n = sizes.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Long.compare(aligns[b], aligns[a]));
    long[] offsets = new long[n];
    long offset = 0;
    long align = 1;
    for (int i : order) {
      long a = Math.max(1, aligns[i]);
      offset = (offset + a - 1) / a * a;
      offsets[i] = offset;
      offset += sizes[i];
      align = Math.max(align, a);
    }
    long size = (offset + align - 1) / align * align;
    return new StructShape(
        name, tuple, fieldNames, fieldTypes, offsets, size, align, copy, hasDrop);
  }
}
