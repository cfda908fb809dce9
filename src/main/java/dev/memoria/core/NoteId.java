package dev.memoria.core;

import java.util.Locale;

/**
 * A note's path inside the vault, with forward slashes and its extension: {@code "Rust/Box.md"}.
 *
 * <p>It is the identity of a note through the whole pipeline; file names are matched
 * case-insensitively by the link resolver, but ids keep the case written on disk.
 */
public record NoteId(String path) implements Comparable<NoteId> {

  public NoteId {
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
      throw new IllegalArgumentException("not a vault-relative path: " + path);
    }
  }

  /** The file name without its folder: {@code "Box.md"}. */
  public String fileName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The file name without folder and extension: {@code "Box"}, the name Obsidian shows. */
  public String baseName() {
    String name = fileName();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The folder part, without a trailing slash; empty for a note at the vault root. */
  public String folder() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /** The path lower-cased with {@link Locale#ROOT}, as Obsidian compares names. */
  public String lowerPath() {
    return path.toLowerCase(Locale.ROOT);
  }

  @Override
  public int compareTo(NoteId other) {
    return path.compareTo(other.path);
  }

  @Override
  public String toString() {
    return path;
  }
}
