package dev.memoria.markdown;

import java.util.List;
import java.util.Optional;

/**
 * Recognises the line of prose that marks a gap, from its trimmed text alone (the parser decides
 * which lines are prose).
 *
 * <ul>
 *   <li>{@link Gap.Kind#TODO}: the line starts with {@code TODO}, {@code FIXME}, {@code TBD},
 *       {@code XXX}, {@code PENDIENTE} or {@code POR HACER}, in upper case, optionally after {@code
 *       //} and spaces, as a whole word: followed by the end of the line, a space or one of {@code
 *       :.!(,;}. {@code TODOS}, {@code Todo} and {@code TODO} in mid-sentence are not markers.
 *   <li>{@link Gap.Kind#PLACEHOLDER}: any other line starting with {@code //} that has text after
 *       it, unless that text begins like the rest of a protocol-relative URL: a {@code /} anywhere
 *       in its first word, or a {@code .} or {@code :} followed by a letter or digit there ({@code
 *       //example.com}, {@code //localhost:8080}, {@code ///}). Text after {@code // } (with a
 *       space) is always a placeholder.
 * </ul>
 */
final class GapMarkers {

  private static final List<String> KEYWORDS =
      List.of("TODO", "FIXME", "TBD", "XXX", "PENDIENTE", "POR HACER");

  /** What may follow a keyword for it to be a whole word. */
  private static final String AFTER_KEYWORD = ":.!(,;";

  private GapMarkers() {}

  /** The kind of gap a line marks, given the line's text without surrounding whitespace. */
  static Optional<Gap.Kind> kind(String line) {
    boolean comment = line.startsWith("//");
    int start = comment ? skipSpaces(line, 2) : 0;
    for (String keyword : KEYWORDS) {
      int end = keywordEnd(line, start, keyword);
      if (end >= 0 && (end == line.length() || isWordEnd(line.charAt(end)))) {
        return Optional.of(Gap.Kind.TODO);
      }
    }
    if (comment && start < line.length() && !looksLikeUrl(line)) {
      return Optional.of(Gap.Kind.PLACEHOLDER);
    }
    return Optional.empty();
  }

  /** Where {@code keyword} ends when it is written at {@code start}; -1 when it is not there. */
  private static int keywordEnd(String line, int start, String keyword) {
    int space = keyword.indexOf(' ');
    if (space < 0) {
      return line.startsWith(keyword, start) ? start + keyword.length() : -1;
    }
    // POR HACER: any run of spaces between the words.
    String first = keyword.substring(0, space);
    if (!line.startsWith(first, start)) {
      return -1;
    }
    int next = skipSpaces(line, start + first.length());
    String second = keyword.substring(space + 1);
    return next > start + first.length() && line.startsWith(second, next)
        ? next + second.length()
        : -1;
  }

  private static boolean isWordEnd(char c) {
    return c == ' ' || c == '\t' || AFTER_KEYWORD.indexOf(c) >= 0;
  }

  private static int skipSpaces(String line, int from) {
    int i = from;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** Whether the text after a leading {@code //} starts like a host name or a path. */
  private static boolean looksLikeUrl(String line) {
    for (int i = 2; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t') {
        return false;
      }
      if (c == '/') {
        return true;
      }
      if ((c == '.' || c == ':')
          && i + 1 < line.length()
          && Character.isLetterOrDigit(line.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }
}
