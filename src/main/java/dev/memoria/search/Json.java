package dev.memoria.search;

import java.util.List;

/** Just enough JSON writing for the browser index, with a fixed layout so bytes never vary. */
final class Json {

  private Json() {}

  static StringBuilder string(StringBuilder out, String text) {
    return string(out, text, false);
  }

  /**
   * Appends {@code text} as a JSON string; when {@code inScript}, as that JSON string would appear
   * inside {@link #script}'s single-quoted literal, so the file needs no second pass.
   */
  static StringBuilder string(StringBuilder out, String text, boolean inScript) {
    out.append('"');
    // Runs of characters that need no escape are copied whole: most text is such a run.
    int copied = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '\'' && c < 0x2028) {
        continue;
      }
      String escape = c == '\'' ? (inScript ? "\\'" : "") : escape(text, i, c);
      if (escape.isEmpty()) {
        continue;
      }
      out.append(text, copied, i);
      if (inScript && c != '\'') {
        escape = escape.replace("\\", "\\\\");
      }
      out.append(escape);
      copied = i + 1;
    }
    return out.append(text, copied, text.length()).append('"');
  }

  /** How to write {@code c}, at {@code i} of {@code text}; empty when as it is. */
  private static String escape(String text, int i, char c) {
    return switch (c) {
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case '\n' -> "\\n";
      case '\t' -> "\\t";
      case '\r' -> "\\r";
      default -> {
        // Line separators end a line in older JavaScript; "<" keeps "</script>" out of any file.
        if (c < 0x20
            || c == 0x2028
            || c == 0x2029
            || c == '<'
            || Character.isSurrogate(c) && !validSurrogate(text, i)) {
          StringBuilder unicode = new StringBuilder("\\u");
          for (int shift = 12; shift >= 0; shift -= 4) {
            unicode.append(Character.forDigit((c >> shift) & 0xF, 16));
          }
          yield unicode.toString();
        }
        yield "";
      }
    };
  }

  /** Whether the surrogate at {@code i} is half of a well-formed pair. */
  private static boolean validSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  static StringBuilder strings(StringBuilder out, Iterable<String> texts) {
    out.append('[');
    boolean first = true;
    for (String text : texts) {
      if (!first) {
        out.append(',');
      }
      first = false;
      string(out, text);
    }
    return out.append(']');
  }

  /**
   * A JavaScript file handing {@code json} to the page's loader: a classic script works from {@code
   * file://}, where fetch does not. The JSON travels as a string literal because parsing a string
   * with {@code JSON.parse} is faster than evaluating a large object literal.
   */
  static String script(String name, CharSequence json) {
    StringBuilder literal = new StringBuilder(json.length() + 64);
    return literalOf(literal.append(prefix(name)), json).append(SUFFIX).toString();
  }

  /**
   * {@link #script(String, CharSequence)} of the JSON array of {@code elements}, already written
   * for the inside of the literal ({@link #string(StringBuilder, String, boolean)}).
   */
  static String scriptOfWritten(String name, List<String> elements, long chars) {
    StringBuilder literal = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 64, chars + 64));
    literal.append(prefix(name)).append('[');
    for (int i = 0; i < elements.size(); i++) {
      literal.append(i == 0 ? "" : ",").append(elements.get(i));
    }
    return literal.append(']').append(SUFFIX).toString();
  }

  private static final String SUFFIX = "');\n";

  private static String prefix(String name) {
    return "(window.memoriaSearchData||function(){})(\"" + name + "\",'";
  }

  /** Appends {@code json} as the inside of a single-quoted JavaScript string. */
  private static StringBuilder literalOf(StringBuilder literal, CharSequence json) {
    int copied = 0;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '\\' || c == '\'') {
        literal.append(json, copied, i).append('\\').append(c);
        copied = i + 1;
      }
    }
    return literal.append(json, copied, json.length());
  }
}
