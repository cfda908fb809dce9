package dev.memoria.simulator.c;

import java.math.BigDecimal;
import java.util.Locale;

/** glibc's printf for the conversions of the subset, with their flags, width and precision. */
final class Printf {

  private Printf() {}

  static String format(Machine m, Expr.Builtin b, long[] v) {
    String fmt = Library.cstring(m, v[0], b.args[0], Long.MAX_VALUE);
    StringBuilder out = new StringBuilder();
    int arg = 1;
    int i = 0;
    while (i < fmt.length()) {
      char c = fmt.charAt(i++);
      if (c != '%') {
        out.append(c);
        continue;
      }
      boolean left = false;
      boolean zero = false;
      boolean plus = false;
      boolean space = false;
      boolean alt = false;
      while (i < fmt.length() && "-0+ #".indexOf(fmt.charAt(i)) >= 0) {
        switch (fmt.charAt(i++)) {
          case '-' -> left = true;
          case '0' -> zero = true;
          case '+' -> plus = true;
          case ' ' -> space = true;
          default -> alt = true;
        }
      }
      int width = 0;
      while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
        width = width * 10 + fmt.charAt(i++) - '0';
      }
      int precision = -1;
      if (i < fmt.length() && fmt.charAt(i) == '.') {
        i++;
        precision = 0;
        while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
          precision = precision * 10 + fmt.charAt(i++) - '0';
        }
      }
      if (i < fmt.length() && fmt.charAt(i) == '*') {
        throw unsupported(m, b, "`*` widths in printf");
      }
      String length = "";
      while (i < fmt.length() && "hlzjt".indexOf(fmt.charAt(i)) >= 0) {
        length += fmt.charAt(i++);
      }
      if (i >= fmt.length()) {
        throw unsupported(m, b, "an incomplete printf conversion");
      }
      char conv = fmt.charAt(i++);
      if (conv == '%') {
        out.append('%');
        continue;
      }
      if (arg >= v.length) {
        throw unsupported(m, b, "printf with fewer arguments than conversions");
      }
      Expr e = b.args[arg];
      long x = v[arg++];
      String body;
      String sign = "";
      boolean numeric = true;
      switch (conv) {
        case 'd', 'i' -> {
          requireInteger(m, b, e, conv);
          long n =
              length.isEmpty()
                  ? (int) x
                  : length.equals("hh") ? (byte) x : length.equals("h") ? (short) x : x;
          sign = n < 0 ? "-" : plus ? "+" : space ? " " : "";
          body =
              digits(
                  n < 0
                      ? (n == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(-n))
                      : Long.toString(n),
                  precision);
        }
        case 'u', 'x', 'X', 'o' -> {
          requireInteger(m, b, e, conv);
          long n =
              length.isEmpty()
                  ? x & 0xFFFFFFFFL
                  : length.equals("hh") ? x & 0xFF : length.equals("h") ? x & 0xFFFF : x;
          String s =
              switch (conv) {
                case 'u' -> Long.toUnsignedString(n);
                case 'o' -> Long.toOctalString(n);
                case 'x' -> Long.toHexString(n);
                default -> Long.toHexString(n).toUpperCase(Locale.ROOT);
              };
          body = digits(s, precision);
          if (alt && n != 0 && conv != 'u') {
            sign = conv == 'o' ? "0" : conv == 'x' ? "0x" : "0X";
          }
        }
        case 'c' -> {
          numeric = false;
          body = String.valueOf((char) (x & 0xFF));
        }
        case 's' -> {
          numeric = false;
          if (!(e.type instanceof CType.Ptr)) {
            throw unsupported(m, b, "`%s` with an argument that is not a string");
          }
          body = Library.cstring(m, x, e, precision < 0 ? Long.MAX_VALUE : precision);
        }
        case 'f', 'F', 'e', 'E', 'g', 'G' -> {
          if (!CType.isDouble(e.type)) {
            throw unsupported(
                m, b, "`%" + conv + "` with an integer argument (undefined behaviour)");
          }
          double d = Double.longBitsToDouble(x);
          boolean negative = d < 0 || (d == 0 && 1 / d < 0);
          sign = negative ? "-" : plus ? "+" : space ? " " : "";
          body = floating(Math.abs(d), conv, precision < 0 ? 6 : precision, alt);
          if (Double.isNaN(d) || Double.isInfinite(d)) {
            zero = false;
          }
        }
        case 'p' -> {
          numeric = false;
          body = pointer(m, x);
        }
        default -> throw unsupported(m, b, "the printf conversion `%" + conv + "`");
      }
      int pad = width - sign.length() - body.length();
      if (pad <= 0) {
        out.append(sign).append(body);
      } else if (left) {
        out.append(sign).append(body).append(" ".repeat(pad));
      } else if (zero && numeric && (precision < 0 || "fFeEgG".indexOf(conv) >= 0)) {
        out.append(sign).append("0".repeat(pad)).append(body);
      } else {
        out.append(" ".repeat(pad)).append(sign).append(body);
      }
    }
    return out.toString();
  }

  private static void requireInteger(Machine m, Expr.Builtin b, Expr e, char conv) {
    if (!CType.isInteger(e.type)) {
      throw unsupported(
          m, b, "`%" + conv + "` with a " + e.type.display() + " argument (undefined behaviour)");
    }
  }

  private static String digits(String s, int precision) {
    if (precision == 0 && s.equals("0")) {
      return "";
    }
    return s.length() < precision ? "0".repeat(precision - s.length()) + s : s;
  }

  /** A non-negative double as %f, %e or %g print it. */
  static String floating(double d, char conv, int precision, boolean alt) {
    boolean upper = Character.isUpperCase(conv);
    if (Double.isNaN(d)) {
      return upper ? "NAN" : "nan";
    }
    if (Double.isInfinite(d)) {
      return upper ? "INF" : "inf";
    }
    String s;
    switch (Character.toLowerCase(conv)) {
      case 'f' ->
          s =
              new BigDecimal(d)
                  .setScale(precision, java.math.RoundingMode.HALF_EVEN)
                  .toPlainString();
      case 'e' -> s = exponent(d, precision);
      default -> {
        int p = precision == 0 ? 1 : precision;
        String e = exponent(d, p - 1);
        int x = Integer.parseInt(e.substring(e.indexOf('e') + 1));
        if (x < p && x >= -4) {
          s =
              new BigDecimal(d)
                  .setScale(p - 1 - x, java.math.RoundingMode.HALF_EVEN)
                  .toPlainString();
        } else {
          s = e;
        }
        if (!alt) {
          s = stripZeros(s);
        }
      }
    }
    if (alt && precision == 0 && s.indexOf('.') < 0) {
      int e = s.indexOf('e');
      s = e < 0 ? s + "." : s.substring(0, e) + "." + s.substring(e);
    }
    return upper ? s.toUpperCase(Locale.ROOT) : s;
  }

  private static String exponent(double d, int precision) {
    if (d == 0) {
      return (precision > 0 ? "0." + "0".repeat(precision) : "0") + "e+00";
    }
    BigDecimal bd = new BigDecimal(d);
    int exp = bd.precision() - bd.scale() - 1;
    BigDecimal scaled = bd.movePointLeft(exp).setScale(precision, java.math.RoundingMode.HALF_EVEN);
    if (scaled.compareTo(BigDecimal.TEN) >= 0) {
      exp++;
      scaled = bd.movePointLeft(exp).setScale(precision, java.math.RoundingMode.HALF_EVEN);
    }
    String mant = scaled.toPlainString();
    String es = Integer.toString(Math.abs(exp));
    return mant + "e" + (exp < 0 ? "-" : "+") + (es.length() < 2 ? "0" + es : es);
  }

  private static String stripZeros(String s) {
    int e = s.indexOf('e');
    String mant = e < 0 ? s : s.substring(0, e);
    String rest = e < 0 ? "" : s.substring(e);
    if (mant.indexOf('.') >= 0) {
      mant = mant.replaceAll("0+$", "");
      if (mant.endsWith(".")) {
        mant = mant.substring(0, mant.length() - 1);
      }
    }
    return mant + rest;
  }

  /** {@code %p}: glibc's {@code (nil)}, else a symbolic address such as {@code H1+4}. */
  static String pointer(Machine m, long p) {
    if (p == 0) {
      return "(nil)";
    }
    Obj o = m.objectAt(p);
    if (o == null) {
      return "0x" + Long.toHexString(p);
    }
    long off = Machine.offsetOf(o, p);
    String name =
        switch (o.kind) {
          case Obj.HEAP -> o.label;
          case Obj.LITERAL -> m.staticLabel(o);
          default -> "&" + o.variable.name;
        };
    return off == 0 ? name : name + "+" + off;
  }

  private static Unsupported unsupported(Machine m, Expr.Builtin b, String what) {
    return new Unsupported(
        m.line, b.column, what + " is not supported by the simulator (line " + m.line + ")");
  }
}
