package dev.memoria.markdown;

import dev.memoria.core.SourcePos;
import dev.memoria.vault.SourceNote;
import java.util.Arrays;

/** Maps offsets in a note's body to file lines and columns (columns count code points). */
final class LineIndex {

  private final SourceNote note;
  private final String body;
  private final int[] lineStarts;

  LineIndex(SourceNote note, String body) {
    this.note = note;
    this.body = body;
    // indexOf is an intrinsic: far faster than charAt over bodies with accents (UTF-16 strings).
    int count = 1;
    for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) {
      count++;
    }
    lineStarts = new int[count];
    int line = 1;
    for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) {
      lineStarts[line++] = i + 1;
    }
  }

  /** The 1-based body line of an offset. */
  int bodyLine(int offset) {
    int found = Arrays.binarySearch(lineStarts, Math.min(offset, body.length()));
    return found >= 0 ? found + 1 : -found - 1;
  }

  /** The file position of an offset in the body. */
  SourcePos pos(int offset) {
    int clamped = Math.max(0, Math.min(offset, body.length()));
    int line = bodyLine(clamped);
    int column = body.codePointCount(lineStarts[line - 1], clamped) + 1;
    return note.pos(line, column);
  }

  /**
   * The offset in the body of a file position this index gave; -1 when the position is not in the
   * body.
   */
  int offset(SourcePos pos) {
    int line = pos.line() - note.bodyLine() + 1;
    if (line < 1 || line > lineStarts.length) {
      return -1;
    }
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] : body.length();
    if (body.codePointCount(start, end) < pos.column() - 1) {
      return -1;
    }
    return body.offsetByCodePoints(start, pos.column() - 1);
  }

  /** The file line of an offset in the body. */
  int fileLine(int offset) {
    return pos(offset).line();
  }
}
