package dev.memoria.simulator.rust.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * The integer types of the subset, with their x86-64 sizes and ranges and the debug-build overflow
 * checks of their arithmetic. Values are held in a {@code long} of this kind's bits; a {@code u64}
 * or {@code usize} above {@code i64::MAX} is negative as a long and compared unsigned.
 */
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

  private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private final String rustName;
  private final int size;
  private final int bits;
  private final boolean signed;
  private final long minAsLong;
  private final long maxAsLong;

  IntKind(String rustName, int size, boolean signed) {
    this.rustName = rustName;
    this.size = size;
    this.bits = size * 8;
    this.signed = signed;
    if (signed) {
      this.minAsLong = bits == 64 ? Long.MIN_VALUE : -(1L << (bits - 1));
      this.maxAsLong = bits == 64 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1;
    } else {
      this.minAsLong = 0;
      // u64's maximum is -1 as a long: unsigned comparisons handle it.
      this.maxAsLong = bits == 64 ? -1L : (1L << bits) - 1;
    }
  }

  /** The kind named {@code name} as written in Rust, such as {@code u8}. */
  public static Optional<IntKind> named(String name) {
    for (IntKind k : values()) {
      if (k.rustName.equals(name)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** The name as written in Rust. */
  public String rustName() {
    return rustName;
  }

  /** Size in bytes (also the alignment). */
  public int size() {
    return size;
  }

  /** Width in bits. */
  public int bits() {
    return bits;
  }

  /** Whether negative values exist. */
  public boolean signed() {
    return signed;
  }

  /** The smallest value, such as -2147483648 for i32. */
  public BigInteger min() {
    return signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
  }

  /** The largest value, such as 255 for u8. */
  public BigInteger max() {
    return signed
        ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE)
        : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
  }

  /** The smallest value as a long. */
  public long minAsLong() {
    return minAsLong;
  }

  /** The largest value as a long ({@code -1} for the 64-bit unsigned kinds). */
  public long maxAsLong() {
    return maxAsLong;
  }

  /** Whether values of this kind need unsigned long arithmetic (u64, usize). */
  public boolean wide() {
    return bits == 64 && !signed;
  }

  /** True when the exact mathematical value {@code v} (as this kind's bits) is representable. */
  public boolean fits(long v) {
    if (bits == 64) {
      return true;
    }
    return v >= minAsLong && v <= maxAsLong;
  }

  /** Wraps a value to this kind's width, as {@code as} casts do. */
  public long wrap(long v) {
    if (bits == 64) {
      return v;
    }
    long mask = (1L << bits) - 1;
    long low = v & mask;
    if (signed && (low & (1L << (bits - 1))) != 0) {
      return low - (1L << bits);
    }
    return low;
  }

  /** True when {@code a + b} overflows this kind (the panic of a debug build). */
  public boolean addOverflows(long a, long b) {
    long r = a + b;
    if (bits < 64) {
      return !fits(r);
    }
    return signed ? ((a ^ r) & (b ^ r)) < 0 : Long.compareUnsigned(r, a) < 0;
  }

  /** True when {@code a - b} overflows this kind. */
  public boolean subOverflows(long a, long b) {
    long r = a - b;
    if (bits < 64) {
      return !fits(r);
    }
    return signed ? ((a ^ b) & (a ^ r)) < 0 : Long.compareUnsigned(a, b) < 0;
  }

  /** True when {@code a * b} overflows this kind. */
  public boolean mulOverflows(long a, long b) {
    if (bits < 64) {
      // Both factors fit in 32 bits, so the exact product fits in a long.
      return !fits(a * b);
    }
    if (signed) {
      long hi = Math.multiplyHigh(a, b);
      long lo = a * b;
      return !((hi == 0 && lo >= 0) || (hi == -1 && lo < 0));
    }
    BigInteger product =
        new BigInteger(Long.toUnsignedString(a)).multiply(new BigInteger(Long.toUnsignedString(b)));
    return product.compareTo(U64_MAX) > 0;
  }

  /** Compares two values of this kind. */
  public int compare(long a, long b) {
    return wide() ? Long.compareUnsigned(a, b) : Long.compare(a, b);
  }

  /** The value as Rust prints it. */
  public String text(long v) {
    return wide() ? Long.toUnsignedString(v) : Long.toString(v);
  }

  /** The value as an {@code f64}, as {@code as f64} converts it. */
  public double toDouble(long v) {
    if (wide() && v < 0) {
      return new BigInteger(Long.toUnsignedString(v)).doubleValue();
    }
    return (double) v;
  }

  /** Rust's saturating float-to-int cast. */
  public long fromDouble(double d) {
    if (Double.isNaN(d)) {
      return 0;
    }
    if (wide()) {
      if (d <= 0) {
        return 0;
      }
      if (d >= 18446744073709551615.0) {
        return -1L;
      }
      return new BigDecimal(d).toBigInteger().longValue();
    }
    double t = d < 0 ? Math.ceil(d) : Math.floor(d);
    if (t <= minAsLong) {
      return minAsLong;
    }
    if (t >= maxAsLong) {
      return maxAsLong;
    }
    return (long) t;
  }
}
