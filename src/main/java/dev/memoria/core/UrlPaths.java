package dev.memoria.core;

import java.nio.charset.StandardCharsets;

/** Percent-encoding of paths for URLs and URIs, keeping their slashes. */
public final class UrlPaths {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UrlPaths() {}

  /**
   * The path with every byte of its UTF-8 form that is not unreserved ({@code A-Z a-z 0-9 - . _ ~})
   * or {@code /} percent-encoded: {@code notas/gestión de memoria.html} becomes {@code
   * notas/gesti%C3%B3n%20de%20memoria.html}. A colon is encoded too, so no path reads as a scheme.
   */
  public static String encode(String path) {
    StringBuilder out = new StringBuilder(path.length() + 16);
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      boolean plain =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~'
              || c == '/';
      if (plain) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }
}
