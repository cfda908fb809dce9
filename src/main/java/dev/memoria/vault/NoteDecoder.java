package dev.memoria.vault;

import dev.memoria.core.Diagnostics;
import dev.memoria.core.SourcePos;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a note into text: UTF-8 without BOM, or Windows-1252 with a warning, and line
 * ends normalised to {@code \n} without changing the number of lines.
 */
final class NoteDecoder {

  /** How many leading bytes are searched for a NUL byte. */
  static final int BINARY_PROBE = 8 * 1024;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private NoteDecoder() {}

  /** Whether the file looks binary: a NUL byte in its first 8 KiB (no text editor writes one). */
  static boolean looksBinary(byte[] bytes) {
    int end = Math.min(bytes.length, BINARY_PROBE);
    for (int i = 0; i < end; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** The text of a note; reports {@code [encoding]} when it had to fall back to Windows-1252. */
  static String decode(byte[] bytes, String displayPath, Diagnostics diagnostics) {
    int start = hasBom(bytes) ? 3 : 0;
    String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    // The lenient decoder is much faster; only a replacement character calls for the strict one,
    // which tells a U+FFFD written in the file from an invalid byte.
    if (text.indexOf('\uFFFD') >= 0) {
      int badByte = firstInvalidByte(bytes, start);
      if (badByte >= 0) {
        diagnostics.warning(
            "encoding",
            positionOf(bytes, start, badByte, displayPath),
            "not valid UTF-8; read as Windows-1252. Re-save the file as UTF-8 to silence this");
        text = new String(bytes, start, bytes.length - start, WINDOWS_1252);
      }
    }
    return normaliseLineEnds(text);
  }

  /** The offset of the first byte that is not valid UTF-8, or -1. */
  private static int firstInvalidByte(byte[] bytes, int start) {
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    return result.isError() ? in.position() : -1;
  }

  /** Replaces CRLF and lone CR with LF; each original line break stays exactly one line break. */
  static String normaliseLineEnds(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    StringBuilder normalised = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        normalised.append('\n');
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        normalised.append(c);
      }
    }
    return normalised.toString();
  }

  private static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  /**
   * The line and column of byte {@code offset}; everything before it is valid UTF-8, so the column
   * counts the characters (code points) before it on its line.
   */
  private static SourcePos positionOf(byte[] bytes, int start, int offset, String displayPath) {
    int line = 1;
    int lineStart = start;
    for (int i = start; i < offset; i++) {
      byte b = bytes[i];
      if (b == '\n' || (b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
    return new SourcePos(displayPath, line, before.codePointCount(0, before.length()) + 1);
  }
}
