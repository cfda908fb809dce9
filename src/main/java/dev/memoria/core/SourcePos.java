package dev.memoria.core;

/**
 * A place in a source file: the file as shown to the user ({@code notes/Box.md}), a 1-based line
 * and a 1-based column (in characters of the line as written, after BOM removal).
 */
public record SourcePos(String file, int line, int column) implements Comparable<SourcePos> {

  public SourcePos {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
    }
  }

  /** The position of a whole file, used when a problem has no better place. */
  public static SourcePos ofFile(String file) {
    return new SourcePos(file, 1, 1);
  }

  @Override
  public int compareTo(SourcePos other) {
    int byFile = file.compareTo(other.file);
    if (byFile != 0) {
      return byFile;
    }
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
