package dev.memoria.markdown;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

/** How Obsidian turns the text of a link into a {@link LinkKey}. */
final class LinkTargets {

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*:");

  // decodeURI leaves escapes of these characters encoded.
  private static final String URI_RESERVED = ";/?:@&=+$,#";

  private LinkTargets() {}

  /** NBSP to space, trimmed, Unicode NFC, as Obsidian's {@code cleanString}. */
  static String clean(String text) {
    String spaced = text.replace('\u00A0', ' ').strip();
    return Normalizer.isNormalized(spaced, Normalizer.Form.NFC)
        ? spaced
        : Normalizer.normalize(spaced, Normalizer.Form.NFC);
  }

  /** The key of a link target: split at the first {@code #}, both parts cleaned. */
  static LinkKey key(String target) {
    int hash = target.indexOf('#');
    return hash < 0
        ? new LinkKey(clean(target), "")
        : new LinkKey(clean(target.substring(0, hash)), clean(target.substring(hash + 1)));
  }

  /**
   * Whether a Markdown destination names something outside the vault ({@code https:}, {@code //}).
   */
  static boolean isExternal(String destination) {
    return SCHEME.matcher(destination).find() || destination.startsWith("//");
  }

  /**
   * Decodes like JavaScript's {@code decodeURI}: escapes of reserved characters stay encoded, and a
   * malformed escape leaves the whole text as written.
   */
  static String decodeUri(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '%') {
        out.append(c);
        i++;
        continue;
      }
      int first = hexByte(text, i);
      if (first < 0) {
        return text;
      }
      if (first < 0x80) {
        if (URI_RESERVED.indexOf(first) >= 0) {
          out.append(text, i, i + 3);
        } else {
          out.append((char) first);
        }
        i += 3;
        continue;
      }
      int length = utf8Length(first);
      if (length < 0) {
        return text;
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(length);
      bytes.write(first);
      int j = i + 3;
      for (int k = 1; k < length; k++) {
        int next = hexByte(text, j);
        if (next < 0 || (next & 0xC0) != 0x80) {
          return text;
        }
        bytes.write(next);
        j += 3;
      }
      try {
        out.append(
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes.toByteArray())));
      } catch (CharacterCodingException malformed) {
        return text;
      }
      i = j;
    }
    return out.toString();
  }

  private static int utf8Length(int lead) {
    if ((lead & 0xE0) == 0xC0) {
      return 2;
    }
    if ((lead & 0xF0) == 0xE0) {
      return 3;
    }
    if ((lead & 0xF8) == 0xF0) {
      return 4;
    }
    return -1;
  }

  private static int hexByte(String text, int percent) {
    if (percent + 2 >= text.length()) {
      return -1;
    }
    int high = hexDigit(text.charAt(percent + 1));
    int low = hexDigit(text.charAt(percent + 2));
    return high < 0 || low < 0 ? -1 : high * 16 + low;
  }

  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
