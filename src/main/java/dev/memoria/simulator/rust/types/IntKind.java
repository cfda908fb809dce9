package dev.memoria.simulator.rust.types;

import java.math.BigInteger;

/** The integer types of the subset, with their x86-64 sizes and ranges. */
public enum IntKind {
  I8("i8", 1, true),
  I16("i16", 2, true),
  I32("i32", 4, true),
  I64("i64", 8, true),
  ISIZE("isize", 8, true),
  U8("u8", 1, false),
  U16("u16", 2, false),
  U32("u32", 4, false),
  U64("u64", 8, false),
  USIZE("usize", 8, false);

  private final String rustName;
  private final int size;
  private final boolean signed;

  IntKind(String rustName, int size, boolean signed) {
    this.rustName = rustName;
    this.size = size;
    this.signed = signed;
  }

  /** The name as written in Rust. */
  public String rustName() {
    return rustName;
  }

  /** Size in bytes (also the alignment). */
  public int size() {
    return size;
  }

  /** Whether negative values exist. */
  public boolean signed() {
    return signed;
  }

  /** The smallest value, such as -2147483648 for i32. */
  public BigInteger min() {
    return signed ? BigInteger.ONE.shiftLeft(size * 8 - 1).negate() : BigInteger.ZERO;
  }

  /** The largest value, such as 255 for u8. */
  public BigInteger max() {
    return signed
        ? BigInteger.ONE.shiftLeft(size * 8 - 1).subtract(BigInteger.ONE)
        : BigInteger.ONE.shiftLeft(size * 8).subtract(BigInteger.ONE);
  }

  /** The kind named {@code name}, or null. */
  static IntKind named(String name) {
    for (IntKind k : values()) {
      if (k.rustName.equals(name)) {
        return k;
      }
    }
    return null;
  }
}
