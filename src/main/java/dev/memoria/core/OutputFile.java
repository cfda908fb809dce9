package dev.memoria.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One file of the site: where it goes and what it holds.
 *
 * <p>The path is checked here because a bad one is a bug in an earlier stage, and the writer must
 * never be asked to write outside the output folder.
 *
 * @param path relative to the site root, forward slashes, no {@code .} or {@code ..} segments:
 *     {@code "rust/box.html"}
 */
public record OutputFile(String path, Content content) {

  /** Longest file name most file systems accept, in bytes of UTF-8. */
  private static final int MAX_SEGMENT_BYTES = 255;

  public OutputFile {
    checkPath(path);
    Objects.requireNonNull(content, "content");
  }

  /** A file holding {@code bytes} (copied). */
  public static OutputFile of(String path, byte[] bytes) {
    return new OutputFile(path, Bytes.copyOf(bytes));
  }

  /** A file holding {@code text} encoded as UTF-8. */
  public static OutputFile text(String path, String text) {
    return new OutputFile(path, Bytes.utf8(text));
  }

  /** A file copied from {@code source} when the site is written. */
  public static OutputFile copy(String path, Path source) {
    return new OutputFile(path, new CopyOf(source));
  }

  /**
   * Throws {@link IllegalArgumentException} unless {@code path} is a safe site-relative path.
   *
   * <p>Control characters are refused too: they would break the line-based manifest.
   */
  public static void checkPath(String path) {
    Objects.requireNonNull(path, "path");
    if (path.isEmpty()) {
      throw badPath(path, "it is empty");
    }
    if (path.startsWith("/")) {
      throw badPath(path, "it is absolute");
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\') {
        throw badPath(path, "it contains a backslash");
      }
      if (c < 0x20 || c == 0x7f) {
        throw badPath(path, "it contains a control character (U+" + hex(c) + ")");
      }
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty()) {
        throw badPath(path, "it has an empty segment");
      }
      if (segment.equals(".") || segment.equals("..")) {
        throw badPath(path, "it has a \"" + segment + "\" segment");
      }
      if (segment.getBytes(StandardCharsets.UTF_8).length > MAX_SEGMENT_BYTES) {
        throw badPath(path, "a segment is longer than " + MAX_SEGMENT_BYTES + " bytes");
      }
    }
    // A drive letter ("C:") makes the path absolute on Windows.
    if (path.length() >= 2 && path.charAt(1) == ':' && Character.isLetter(path.charAt(0))) {
      throw badPath(path, "it starts with a drive letter");
    }
  }

  private static String hex(char c) {
    return String.format(Locale.ROOT, "%04X", (int) c);
  }

  private static IllegalArgumentException badPath(String path, String why) {
    return new IllegalArgumentException(
        "not a site-relative output path: \"" + path.replace("\0", "\\0") + "\": " + why);
  }

  /** What an output file holds. */
  public sealed interface Content permits Bytes, CopyOf {}

  /**
   * Content held in memory (pages, indexes). Immutable: the array is copied in and out, except
   * where this class made it itself (from text) or only reads it (writing, comparing), so the
   * hundreds of megabytes of a large site are not copied twice more. Equality compares the bytes.
   */
  public static final class Bytes implements Content {

    private final byte[] bytes;

    private Bytes(byte[] owned) {
      this.bytes = owned;
    }

    /** Content holding a copy of {@code bytes}. */
    public static Bytes copyOf(byte[] bytes) {
      return new Bytes(bytes.clone());
    }

    /** Text encoded as UTF-8: the encoded array is new, so it is kept without a copy. */
    static Bytes utf8(String text) {
      return new Bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
      return bytes.clone();
    }

    /** The number of bytes. */
    public int size() {
      return bytes.length;
    }

    /** Writes the bytes to {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
      out.write(bytes);
    }

    /** Whether {@code other} holds exactly these bytes. */
    public boolean sameAs(byte[] other) {
      return Arrays.equals(bytes, other);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Bytes that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return "Bytes[" + bytes.length + " bytes]";
    }
  }

  /**
   * Content copied from a file when the site is written (attachments, theme and vendor assets), so
   * large files are never held in memory.
   *
   * @param source a regular file; it is read only by the writer
   */
  public record CopyOf(Path source) implements Content {

    public CopyOf {
      Objects.requireNonNull(source, "source");
    }
  }
}
