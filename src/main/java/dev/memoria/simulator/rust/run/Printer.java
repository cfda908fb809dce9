package dev.memoria.simulator.rust.run;

import java.math.BigDecimal;
import java.util.List;

/** Prints values as Rust's {@code Display} and derived {@code Debug} do. */
final class Printer {

  private Printer() {}

  static Val deref(Val value) {
    Val v = value;
    while (true) {
      if (v instanceof Val.Ref r) {
        v = r.place().get();
      } else if (v instanceof Val.BoxPtr b) {
        v = b.block.boxed;
      } else {
        return v;
      }
    }
  }

  /** Appends {@code value} as {@code {}} prints it. */
  static void display(Val value, StringBuilder out) {
    Val v = deref(value);
    if (v instanceof Val.Int i) {
      out.append(i.kind().text(i.v()));
    } else if (v instanceof Val.Flt f) {
      out.append(floatDisplay(f.v()));
    } else if (v instanceof Val.Bool b) {
      out.append(b.v());
    } else if (v instanceof Val.Chr c) {
      out.appendCodePoint(c.cp());
    } else if (v instanceof Val.Str s) {
      out.append(s.text());
    } else if (v instanceof Val.StrBuf s) {
      out.append(s.text());
    } else {
      // The checker rejects {} of a type without Display; Debug is the closest honest answer.
      debug(v, false, 0, out);
    }
  }

  /** Appends {@code value} as {@code {:?}} (or {@code {:#?}} when pretty) prints it. */
  static void debug(Val value, boolean pretty, int indent, StringBuilder out) {
    Val v = deref(value);
    if (v instanceof Val.Int || v instanceof Val.Bool) {
      display(v, out);
    } else if (v instanceof Val.Flt f) {
      out.append(floatDebug(f.v()));
    } else if (v instanceof Val.Chr c) {
      out.append('\'');
      escape(c.cp(), true, out);
      out.append('\'');
    } else if (v instanceof Val.Str s) {
      quote(s.text(), out);
    } else if (v instanceof Val.StrBuf s) {
      quote(s.text(), out);
    } else if (v instanceof Val.Unit) {
      out.append("()");
    } else if (v instanceof Val.VecBuf vec) {
      sequence("[", "]", vec.elems(), pretty, indent, out);
    } else if (v instanceof Val.Tuple t) {
      sequence("(", ")", List.of(t.elems), pretty, indent, out);
    } else if (v instanceof Val.Opt o) {
      if (o.some()) {
        sequence("Some(", ")", List.of(o.value), pretty, indent, out);
      } else {
        out.append("None");
      }
    } else if (v instanceof Val.Struct s) {
      StructShape shape = s.shape;
      out.append(shape.name());
      if (shape.fieldNames().isEmpty()) {
        return;
      }
      if (shape.tuple()) {
        sequence("(", ")", List.of(s.fields), pretty, indent, out);
        return;
      }
      if (pretty) {
        out.append(" {\n");
        for (int i = 0; i < s.fields.length; i++) {
          out.append("    ".repeat(indent + 1)).append(shape.fieldNames().get(i)).append(": ");
          debug(s.fields[i], true, indent + 1, out);
          out.append(",\n");
        }
        out.append("    ".repeat(indent)).append('}');
      } else {
        out.append(" { ");
        for (int i = 0; i < s.fields.length; i++) {
          if (i > 0) {
            out.append(", ");
          }
          out.append(shape.fieldNames().get(i)).append(": ");
          debug(s.fields[i], false, indent, out);
        }
        out.append(" }");
      }
    } else if (v instanceof Val.Handle) {
      out.append("JoinHandle { .. }");
    } else {
      out.append("closure");
    }
  }

  private static void sequence(
      String open, String close, List<Val> items, boolean pretty, int indent, StringBuilder out) {
    out.append(open);
    if (pretty && !items.isEmpty()) {
      out.append('\n');
      for (Val item : items) {
        out.append("    ".repeat(indent + 1));
        debug(item, true, indent + 1, out);
        out.append(",\n");
      }
      out.append("    ".repeat(indent));
    } else {
      for (int i = 0; i < items.size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        debug(items.get(i), false, indent, out);
      }
      if (open.equals("(") && items.size() == 1) {
        out.append(',');
      }
    }
    out.append(close);
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"');
    text.codePoints().forEach(cp -> escape(cp, false, out));
    out.append('"');
  }

  /** Rust's {@code char::escape_debug}, as Debug of str and char uses it. */
  private static void escape(int cp, boolean inChar, StringBuilder out) {
    switch (cp) {
      case '\n' -> out.append("\\n");
      case '\t' -> out.append("\\t");
      case '\r' -> out.append("\\r");
      case '\\' -> out.append("\\\\");
      case 0 -> out.append("\\0");
      case '"' -> out.append(inChar ? "\"" : "\\\"");
      case '\'' -> out.append(inChar ? "\\'" : "'");
      default -> {
        if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0)) {
          out.append("\\u{").append(Integer.toHexString(cp)).append('}');
        } else {
          out.appendCodePoint(cp);
        }
      }
    }
  }

  /** {@code {}} of an f64: the shortest digits that read back the same, never an exponent. */
  static String floatDisplay(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return 1 / d < 0 ? "-0" : "0";
    }
    return shortest(d).stripTrailingZeros().toPlainString();
  }

  /**
   * {@code {:?}} of an f64: like Display with a {@code .0}, or an exponent outside [1e-4, 1e16).
   */
  static String floatDebug(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return floatDisplay(d);
    }
    if (d == 0) {
      return 1 / d < 0 ? "-0.0" : "0.0";
    }
    double abs = Math.abs(d);
    if (abs >= 1e-4 && abs < 1e16) {
      String plain = floatDisplay(d);
      return plain.contains(".") ? plain : plain + ".0";
    }
    return exponential(d);
  }

  private static String exponential(double d) {
    if (d == 0) {
      return 1 / d < 0 ? "-0e0" : "0e0";
    }
    BigDecimal b = shortest(d).stripTrailingZeros();
    String digits = b.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - b.scale();
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return (d < 0 ? "-" : "") + mantissa + "e" + exponent;
  }

  private static BigDecimal shortest(double d) {
    return new BigDecimal(Double.toString(d));
  }
}
