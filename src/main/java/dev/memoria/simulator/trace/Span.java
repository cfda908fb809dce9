package dev.memoria.simulator.trace;

/**
 * A range in the program text, 1-based, the end column exclusive (as rustc's JSON spans).
 *
 * @param line first line
 * @param column first column, counted in characters
 * @param endLine last line
 * @param endColumn column just after the range
 */
public record Span(int line, int column, int endLine, int endColumn) {
  public Span {
    if (line < 1 || column < 1 || endLine < line || (endLine == line && endColumn < column)) {
      throw new IllegalArgumentException(
          "bad span " + line + ":" + column + "-" + endLine + ":" + endColumn);
    }
  }

  /** A span covering one point, for messages that only know where something starts. */
  public static Span at(int line, int column) {
    return new Span(line, column, line, column);
  }

  /** The smallest span covering both. */
  public Span to(Span end) {
    return new Span(line, column, end.endLine, end.endColumn);
  }
}
