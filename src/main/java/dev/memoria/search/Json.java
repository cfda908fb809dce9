package dev.memoria.search;

/** Just enough JSON writing for the browser index, with a fixed layout so bytes never vary. */
final class Json {

  private Json() {}

  static StringBuilder string(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          // Line separators end a line in older JavaScript; "<" keeps "</script>" out of any file.
          if (c < 0x20
              || c == 0x2028
              || c == 0x2029
              || c == '<'
              || Character.isSurrogate(c) && !validSurrogate(text, i)) {
            out.append("\\u");
            for (int shift = 12; shift >= 0; shift -= 4) {
              out.append(Character.forDigit((c >> shift) & 0xF, 16));
            }
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
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
  static String script(String name, String json) {
    StringBuilder literal = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '\\' -> literal.append("\\\\");
        case '\'' -> literal.append("\\'");
        default -> literal.append(c);
      }
    }
    return "(window.memoriaSearchData||function(){})(\"" + name + "\",'" + literal + "');\n";
  }
}
