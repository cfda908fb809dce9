package dev.memoria.simulator.rust.run;

import java.math.BigInteger;
import java.util.Optional;

/** Rust's integer types, with the debug-build overflow checks of their arithmetic. */
enum IntKind {
  I8("i8", 8, true),
  I16("i16", 16, true),
  I32("i32", 32, true),
  I64("i64", 64, true),
  ISIZE("isize", 64, true),
  U8("u8", 8, false),
  U16("u16", 16, false),
  U32("u32", 32, false),
  U64("u64", 64, false),
  USIZE("usize", 64, false);

  private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  final String rustName;
  final int bits;
  final boolean signed;
  final long min;
  final long max;

  IntKind(String rustName, int bits, boolean signed) {
    this.rustName = rustName;
    this.bits = bits;
    this.signed = signed;
    if (signed) {
      this.min = bits == 64 ? Long.MIN_VALUE : -(1L << (bits - 1));
      this.max = bits == 64 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1;
    } else {
      this.min = 0;
      // u64's maximum is -1 as a long: unsigned comparisons handle it.
      this.max = bits == 64 ? -1L : (1L << bits) - 1;
    }
  }

  static Optional<IntKind> named(String name) {
    for (IntKind kind : values()) {
      if (kind.rustName.equals(name)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  int bytes() {
    return bits / 8;
  }

  boolean wide() {
    return bits == 64 && !signed;
  }

  /** True when the exact mathematical value {@code v} (as this kind's bits) is representable. */
  boolean fits(long v) {
    if (bits == 64) {
      return true;
    }
    return v >= min && v <= max;
  }

  /** Wraps a value to this kind's width, as {@code as} casts do. */
  long wrap(long v) {
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
  boolean addOverflows(long a, long b) {
    long r = a + b;
    if (bits < 64) {
      return !fits(r);
    }
    return signed ? ((a ^ r) & (b ^ r)) < 0 : Long.compareUnsigned(r, a) < 0;
  }

  boolean subOverflows(long a, long b) {
    long r = a - b;
    if (bits < 64) {
      return !fits(r);
    }
    return signed ? ((a ^ b) & (a ^ r)) < 0 : Long.compareUnsigned(a, b) < 0;
  }

  boolean mulOverflows(long a, long b) {
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

  int compare(long a, long b) {
    return wide() ? Long.compareUnsigned(a, b) : Long.compare(a, b);
  }

  String text(long v) {
    return wide() ? Long.toUnsignedString(v) : Long.toString(v);
  }

  double toDouble(long v) {
    if (wide() && v < 0) {
      return new BigInteger(Long.toUnsignedString(v)).doubleValue();
    }
    return (double) v;
  }

  /** Rust's saturating float-to-int cast. */
  long fromDouble(double d) {
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
      return new java.math.BigDecimal(d).toBigInteger().longValue();
    }
    double t = d < 0 ? Math.ceil(d) : Math.floor(d);
    if (t <= min) {
      return min;
    }
    if (t >= max) {
      return max;
    }
    return (long) t;
  }
}
