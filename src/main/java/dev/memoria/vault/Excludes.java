package dev.memoria.vault;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code excludes} globs of the configuration, matched against vault-relative paths with
 * forward slashes.
 *
 * <p>Patterns are anchored at the vault root ({@code *.tmp} matches only at the root, {@code
 * **}{@code /*.tmp} everywhere). {@code *} and {@code ?} stay inside one path segment, {@code **}
 * crosses segments, {@code [abc]} and {@code {a,b}} work as in shells. The walker tests folders
 * too, so a pattern that names a folder excludes everything in it.
 */
final class Excludes {

  private final List<Pattern> patterns;

  Excludes(List<String> globs) {
    this.patterns =
        globs.stream().map(String::strip).filter(g -> !g.isEmpty()).map(Excludes::compile).toList();
  }

  /** Whether the vault-relative path (a file or a folder) is excluded. */
  boolean matches(String path) {
    for (Pattern pattern : patterns) {
      if (pattern.matcher(path).matches()) {
        return true;
      }
    }
    return false;
  }

  static Pattern compile(String glob) {
    String g = Normalizer.normalize(glob, Normalizer.Form.NFC);
    while (g.startsWith("./")) {
      g = g.substring(2);
    }
    while (g.startsWith("/")) {
      g = g.substring(1);
    }
    while (g.endsWith("/") && g.length() > 1) {
      g = g.substring(0, g.length() - 1);
    }
    StringBuilder regex = new StringBuilder();
    int braces = 0;
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
      switch (c) {
        case '*' -> {
          if (i + 1 < g.length() && g.charAt(i + 1) == '*') {
            boolean segmentStart = i == 0 || g.charAt(i - 1) == '/';
            boolean slashAfter = i + 2 < g.length() && g.charAt(i + 2) == '/';
            if (segmentStart && slashAfter) {
              regex.append("(?:.*/)?");
              i += 2;
            } else {
              regex.append(".*");
              i += 1;
            }
          } else {
            regex.append("[^/]*");
          }
        }
        case '/' -> {
          if (g.startsWith("/**", i) && i + 3 == g.length()) {
            // "dir/**": the folder itself and everything in it.
            regex.append("(?:/.*)?");
            i += 2;
          } else {
            regex.append('/');
          }
        }
        case '?' -> regex.append("[^/]");
        case '[' -> {
          int close = g.indexOf(']', i + 2);
          if (close < 0) {
            regex.append("\\[");
          } else {
            regex.append('[');
            int j = i + 1;
            if (g.charAt(j) == '!' || g.charAt(j) == '^') {
              regex.append('^');
              j++;
            }
            for (; j < close; j++) {
              char member = g.charAt(j);
              regex.append(member == '-' ? "-" : literal(member));
            }
            regex.append(']');
            i = close;
          }
        }
        case '{' -> {
          braces++;
          regex.append("(?:");
        }
        case '}' -> {
          if (braces > 0) {
            braces--;
            regex.append(')');
          } else {
            regex.append("\\}");
          }
        }
        case ',' -> regex.append(braces > 0 ? "|" : ",");
        case '\\' -> {
          if (i + 1 < g.length()) {
            i++;
            regex.append(literal(g.charAt(i)));
          }
        }
        default -> regex.append(literal(c));
      }
    }
    regex.append(")".repeat(braces));
    return Pattern.compile(regex.toString());
  }

  /** A character matched as itself, also inside a character class. */
  private static String literal(char c) {
    return Character.isLetterOrDigit(c) || c > 0x7F ? String.valueOf(c) : "\\" + c;
  }
}
