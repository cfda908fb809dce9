package dev.memoria.render.body;

import dev.memoria.core.UrlPaths;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.Encoding;

/**
 * Which URLs may appear in {@code href} and {@code src}.
 *
 * <p>The test runs on the URL as a browser could come to read it: HTML entities and percent escapes
 * decoded (repeatedly), whitespace and control characters removed, lower-cased. Only {@code http},
 * {@code https}, {@code mailto}, {@code tel}, relative URLs and {@code
 * data:image/png|gif|jpeg|webp} pass, so {@code &#74;avascript:}, {@code javascript&colon;} and
 * {@code java\tscript:} do not. flexmark's own filter misses these (vsch/flexmark-java#672, #675).
 */
final class SafeUrls {

  private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
  private static final Pattern DATA_IMAGE = Pattern.compile("^data:image/(png|gif|jpeg|webp)[;,]");
  private static final Pattern NUMERIC_REFERENCE =
      Pattern.compile("&#([xX][0-9a-fA-F]{1,8}|[0-9]{1,9});?");
  private static final int DECODE_ROUNDS = 4;

  private SafeUrls() {}

  /** Whether a URL (as it will be written in an attribute, unescaped) is safe to link to. */
  static boolean isSafe(String url) {
    String normal = normalize(url);
    Matcher scheme = SCHEME.matcher(normal);
    if (!scheme.find()) {
      return true;
    }
    return switch (scheme.group(1)) {
      case "http", "https", "mailto", "tel" -> true;
      case "data" -> DATA_IMAGE.matcher(normal).find();
      default -> false;
    };
  }

  /**
   * The URL ready for an attribute: characters a URL may not hold percent-encoded; empty if unsafe.
   */
  static Optional<String> checked(String url) {
    return isSafe(url) ? Optional.of(encodeUnsafeCharacters(url.strip())) : Optional.empty();
  }

  private static String normalize(String url) {
    String current = url;
    for (int round = 0; round < DECODE_ROUNDS; round++) {
      String decoded = percentDecode(Encoding.decodeHtml(numericReferences(current), true));
      if (decoded.equals(current)) {
        break;
      }
      current = decoded;
    }
    StringBuilder kept = new StringBuilder(current.length());
    current
        .codePoints()
        .filter(c -> c > 0x20 && !(c >= 0x7F && c <= 0x9F))
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .filter(c -> Character.getType(c) != Character.FORMAT)
        .forEach(kept::appendCodePoint);
    return kept.toString().toLowerCase(Locale.ROOT);
  }

  /** Numeric character references, with or without their semicolon ({@code &#106avascript}). */
  private static String numericReferences(String text) {
    if (text.indexOf("&#") < 0) {
      return text;
    }
    Matcher reference = NUMERIC_REFERENCE.matcher(text);
    StringBuilder decoded = new StringBuilder(text.length());
    while (reference.find()) {
      String digits = reference.group(1);
      int codePoint;
      try {
        codePoint =
            digits.charAt(0) == 'x' || digits.charAt(0) == 'X'
                ? Integer.parseInt(digits.substring(1), 16)
                : Integer.parseInt(digits);
      } catch (NumberFormatException tooLong) {
        codePoint = 0xFFFD;
      }
      if (!Character.isValidCodePoint(codePoint)) {
        codePoint = 0xFFFD;
      }
      reference.appendReplacement(decoded, Matcher.quoteReplacement(Character.toString(codePoint)));
    }
    reference.appendTail(decoded);
    return decoded.toString();
  }

  private static String percentDecode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length()) {
        int high = Character.digit(text.charAt(i + 1), 16);
        int low = Character.digit(text.charAt(i + 2), 16);
        if (high >= 0 && low >= 0 && text.charAt(i + 1) < 0x80 && text.charAt(i + 2) < 0x80) {
          bytes.write(high * 16 + low);
          i += 2;
          continue;
        }
      }
      byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
      bytes.write(encoded, 0, encoded.length);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Percent-encodes spaces, controls, non-ASCII and the few ASCII characters URLs never hold. */
  static String encodeUnsafeCharacters(String url) {
    StringBuilder encoded = null;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      // Parentheses too: the sanitizer encodes them, and our markup must already be in its form.
      boolean plain = c > 0x20 && c < 0x7F && "\"<>\\^`{|}()".indexOf(c) < 0;
      if (plain) {
        if (encoded != null) {
          encoded.append(c);
        }
        continue;
      }
      if (encoded == null) {
        encoded = new StringBuilder(url.length() + 16).append(url, 0, i);
      }
      int end = Character.isHighSurrogate(c) && i + 1 < url.length() ? i + 2 : i + 1;
      for (byte b : url.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
        encoded.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
      }
      i = end - 1;
    }
    return encoded == null ? url : encoded.toString();
  }

  /** Percent-encodes a site path ({@code notas/gestión de memoria.html}), keeping its slashes. */
  static String encodePath(String path) {
    return UrlPaths.encode(path);
  }
}
