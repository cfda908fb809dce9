package dev.memoria.simulator.svg;

import java.util.Locale;

/** An SVG text being written: escaped text and numbers in {@link Locale#ROOT}. */
final class Svg {

  private final StringBuilder out = new StringBuilder(4096);

  Svg raw(String text) {
    out.append(text);
    return this;
  }

  /** Appends a number as SVG wants it: no grouping, a dot as decimal separator. */
  Svg num(double value) {
    out.append(number(value));
    return this;
  }

  Svg text(String text) {
    out.append(escape(text));
    return this;
  }

  /** {@code <text x y class>content</text>}, with an optional tooltip. */
  Svg label(double x, double y, String cssClass, String content) {
    return label(x, y, cssClass, content, "");
  }

  Svg label(double x, double y, String cssClass, String content, String tooltip) {
    raw("<text x=\"").num(x).raw("\" y=\"").num(y).raw("\" class=\"").raw(cssClass).raw("\">");
    if (!tooltip.isEmpty()) {
      raw("<title>").text(tooltip).raw("</title>");
    }
    return text(content).raw("</text>\n");
  }

  Svg rect(double x, double y, double width, double height, String cssClass) {
    return raw("<rect x=\"")
        .num(x)
        .raw("\" y=\"")
        .num(y)
        .raw("\" width=\"")
        .num(width)
        .raw("\" height=\"")
        .num(height)
        .raw("\" class=\"")
        .raw(cssClass)
        .raw("\"/>\n");
  }

  @Override
  public String toString() {
    return out.toString();
  }

  static String number(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    if (rounded == Math.rint(rounded)) {
      return Long.toString((long) rounded);
    }
    return String.format(Locale.ROOT, "%.1f", rounded);
  }

  /** Escapes text for an SVG/XML element body or a double- or single-quoted attribute. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> {
          // XML 1.0 forbids most control characters even as references.
          if (c < 0x20 && c != '\n' && c != '\t') {
            escaped.append('\uFFFD');
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}
