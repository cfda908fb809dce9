package dev.memoria.simulator;

import dev.memoria.simulator.trace.FaultKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the step markers in a program's {@code //} comments.
 *
 * <p>A marker comment is a line comment whose text starts with {@code @}: one or more markers, then
 * an optional caption after {@code :}. Comments inside string and char literals and block comments
 * are skipped, so {@code "// @show"} in a string is text. Other comments are prose and left alone.
 */
public final class MarkerParser {

  private static final Pattern DIRECTIVE =
      Pattern.compile("@([A-Za-z][A-Za-z-]*)(?:\\(([^)]*)\\))?");
  private static final Pattern RUST_CODE = Pattern.compile("E\\d{4}");
  private static final Pattern LEAK = Pattern.compile("leak=(\\d{1,9})");
  private static final String KNOWN =
      "@show, @show(before), @expect(...), @hide, @hide-start, @hide-end";

  private MarkerParser() {}

  /** The markers of a program written in the given dialect. */
  public static Markers parse(String source, Dialect dialect) {
    List<Marker> markers = new ArrayList<>();
    List<MarkerProblem> problems = new ArrayList<>();
    CommentScanner scanner = new CommentScanner(source, dialect);
    for (LineComment comment = scanner.next(); comment != null; comment = scanner.next()) {
      String text = comment.text();
      int start = 0;
      while (start < text.length() && text.charAt(start) == ' ') {
        start++;
      }
      if (start < text.length() && text.charAt(start) == '@') {
        readDirectives(comment, start, markers, problems);
      }
    }
    checkHideRegions(markers, problems);
    return new Markers(markers, problems);
  }

  private static void readDirectives(
      LineComment comment, int start, List<Marker> markers, List<MarkerProblem> problems) {
    String text = comment.text();
    int line = comment.line();
    List<Marker> found = new ArrayList<>();
    int position = start;
    Optional<String> caption = Optional.empty();
    while (position < text.length()) {
      char c = text.charAt(position);
      if (c == ' ' || c == '\t') {
        position++;
      } else if (c == ':') {
        String rest = text.substring(position + 1).strip();
        caption = rest.isEmpty() ? Optional.empty() : Optional.of(rest);
        break;
      } else if (c == '@') {
        Matcher matcher = DIRECTIVE.matcher(text).region(position, text.length());
        int column = comment.column() + position;
        if (!matcher.lookingAt()) {
          problems.add(
              new MarkerProblem(line, column, "a marker needs a name after `@`: " + KNOWN));
          return;
        }
        directive(matcher.group(1), matcher.group(2), line, column, problems).ifPresent(found::add);
        position = matcher.end();
      } else {
        problems.add(
            new MarkerProblem(
                line,
                comment.column() + position,
                "unexpected text after a marker; write a caption after `:`, as in `// @show:"
                    + " s1 owns the buffer`"));
        return;
      }
    }
    for (Marker marker : found) {
      markers.add(
          new Marker(marker.kind(), marker.line(), marker.column(), marker.argument(), caption));
    }
  }

  private static Optional<Marker> directive(
      String name, String argument, int line, int column, List<MarkerProblem> problems) {
    String arg = argument == null ? null : argument.strip();
    switch (name) {
      case "show" -> {
        if (arg == null) {
          return Optional.of(marker(MarkerKind.SHOW, line, column, ""));
        }
        if (arg.equals("before")) {
          return Optional.of(marker(MarkerKind.SHOW_BEFORE, line, column, ""));
        }
        problems.add(
            new MarkerProblem(
                line,
                column,
                "`@show(" + arg + ")` is not a marker; write @show or @show(before)"));
        return Optional.empty();
      }
      case "expect" -> {
        if (arg != null && isExpectation(arg)) {
          return Optional.of(marker(MarkerKind.EXPECT, line, column, arg));
        }
        problems.add(
            new MarkerProblem(
                line,
                column,
                "`@expect"
                    + (arg == null ? "" : "(" + arg + ")")
                    + "` needs a rustc error code (E0382), a fault kind (heap-use-after-free,"
                    + " double-free, panic, ...) or leak=BYTES"));
        return Optional.empty();
      }
      case "hide", "hide-start", "hide-end" -> {
        if (arg != null) {
          problems.add(new MarkerProblem(line, column, "`@" + name + "` takes no argument"));
          return Optional.empty();
        }
        MarkerKind kind =
            switch (name) {
              case "hide" -> MarkerKind.HIDE;
              case "hide-start" -> MarkerKind.HIDE_START;
              default -> MarkerKind.HIDE_END;
            };
        return Optional.of(marker(kind, line, column, ""));
      }
      default -> {
        problems.add(
            new MarkerProblem(line, column, "unknown marker `@" + name + "`; use " + KNOWN));
        return Optional.empty();
      }
    }
  }

  private static Marker marker(MarkerKind kind, int line, int column, String argument) {
    return new Marker(kind, line, column, argument, Optional.empty());
  }

  /** True for {@code E0382}, a fault kind's name or {@code leak=16}. */
  public static boolean isExpectation(String argument) {
    return RUST_CODE.matcher(argument).matches()
        || LEAK.matcher(argument).matches()
        || FaultKind.fromId(argument).isPresent();
  }

  private static void checkHideRegions(List<Marker> markers, List<MarkerProblem> problems) {
    Marker open = null;
    for (Marker marker : markers) {
      if (marker.kind() == MarkerKind.HIDE_START) {
        if (open != null) {
          problems.add(
              new MarkerProblem(
                  marker.line(),
                  marker.column(),
                  "`@hide-start` inside a hidden region opened on line "
                      + open.line()
                      + "; close it with @hide-end first"));
        } else {
          open = marker;
        }
      } else if (marker.kind() == MarkerKind.HIDE_END) {
        if (open == null) {
          problems.add(
              new MarkerProblem(
                  marker.line(), marker.column(), "`@hide-end` without an @hide-start before it"));
        }
        open = null;
      }
    }
    if (open != null) {
      problems.add(
          new MarkerProblem(
              open.line(), open.column(), "`@hide-start` is never closed; add // @hide-end"));
    }
  }

  /** The text of a {@code //} comment after the slashes, with where that text starts. */
  private record LineComment(int line, int column, String text) {}

  /** Walks the source like a lexer, just far enough to tell comments from literals. */
  private static final class CommentScanner {
    private final String source;
    private final Dialect dialect;
    private int position;
    private int line = 1;
    private int lineStart;

    CommentScanner(String source, Dialect dialect) {
      this.source = source;
      this.dialect = dialect;
    }

    LineComment next() {
      while (position < source.length()) {
        char c = source.charAt(position);
        char following = position + 1 < source.length() ? source.charAt(position + 1) : '\0';
        if (c == '\n') {
          newLine();
        } else if (c == '/' && following == '/') {
          int textStart = position + 2;
          int end = source.indexOf('\n', textStart);
          end = end < 0 ? source.length() : end;
          LineComment comment =
              new LineComment(line, textStart - lineStart + 1, source.substring(textStart, end));
          position = end;
          return comment;
        } else if (c == '/' && following == '*') {
          skipBlockComment();
        } else if (c == '"') {
          skipQuoted('"');
        } else if (c == '\'') {
          skipCharOrLifetime();
        } else if (dialect == Dialect.RUST && c == 'r' && isRawStringStart()) {
          skipRawString();
        } else {
          position++;
        }
      }
      return null;
    }

    private void newLine() {
      position++;
      line++;
      lineStart = position;
    }

    private void skipBlockComment() {
      int depth = 0;
      while (position < source.length()) {
        if (source.startsWith("/*", position)) {
          depth++;
          position += 2;
          if (dialect == Dialect.C && depth > 1) {
            depth = 1; // C block comments do not nest
          }
        } else if (source.startsWith("*/", position)) {
          depth--;
          position += 2;
          if (depth == 0) {
            return;
          }
        } else if (source.charAt(position) == '\n') {
          newLine();
        } else {
          position++;
        }
      }
    }

    private void skipQuoted(char quote) {
      position++;
      while (position < source.length()) {
        char c = source.charAt(position);
        if (c == '\\') {
          position += 2;
        } else if (c == quote) {
          position++;
          return;
        } else if (c == '\n') {
          if (dialect == Dialect.C) {
            return; // an unterminated C literal ends at the line; the compiler reports it
          }
          newLine();
        } else {
          position++;
        }
      }
    }

    /** A char literal {@code 'a'} or {@code '\n'}; in Rust, {@code 'a} alone is a lifetime. */
    private void skipCharOrLifetime() {
      if (source.startsWith("\\", position + 1)
          || (position + 2 < source.length() && source.charAt(position + 2) == '\'')) {
        skipQuoted('\'');
      } else if (dialect == Dialect.C) {
        skipQuoted('\'');
      } else {
        position++;
      }
    }

    private boolean isRawStringStart() {
      if (position > 0 && Character.isJavaIdentifierPart(source.charAt(position - 1))) {
        return false;
      }
      int at = position + 1;
      while (at < source.length() && source.charAt(at) == '#') {
        at++;
      }
      return at < source.length() && source.charAt(at) == '"';
    }

    private void skipRawString() {
      int hashes = 0;
      position++;
      while (source.charAt(position) == '#') {
        hashes++;
        position++;
      }
      String close = "\"" + "#".repeat(hashes);
      position++;
      while (position < source.length() && !source.startsWith(close, position)) {
        if (source.charAt(position) == '\n') {
          newLine();
        } else {
          position++;
        }
      }
      position = Math.min(source.length(), position + close.length());
    }
  }
}
