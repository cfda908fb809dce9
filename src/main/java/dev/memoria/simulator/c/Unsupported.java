package dev.memoria.simulator.c;

/** Thrown to stop at a construct outside the subset; the engine turns it into the verdict. */
final class Unsupported extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int line;
  final int column;

  Unsupported(int line, int column, String message) {
    super(message, null, false, false);
    this.line = Math.max(1, line);
    this.column = Math.max(1, column);
  }
}
