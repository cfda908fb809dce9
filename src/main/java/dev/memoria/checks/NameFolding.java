package dev.memoria.checks;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The forms names are compared in for suggestions: accents and case folded away, since a reader who
 * types {@code Gestion} or {@code ownership} means {@code Gestión} and {@code Ownership}.
 */
final class NameFolding {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private NameFolding() {}

  /**
   * NFD, combining marks stripped, lower-cased with {@link Locale#ROOT}, whitespace runs collapsed
   * to one space and trimmed: {@code "Gestión de Memoria"} → {@code "gestion de memoria"}.
   */
  static String fold(String text) {
    String decomposed = text;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '\u00C0') {
        decomposed = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        break;
      }
    }
    String lower = decomposed.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean space = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A folded name without spaces, dashes and underscores, so {@code stack-and_heap} and {@code
   * Stack and Heap} are recognised as the same name written differently.
   */
  static String compact(String folded) {
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c != ' ' && c != '-' && c != '_') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
