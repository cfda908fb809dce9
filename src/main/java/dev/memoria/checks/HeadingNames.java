package dev.memoria.checks;

import dev.memoria.markdown.Heading;
import java.util.Locale;

/** How headings are compared in links and how a link to one is best written. */
final class HeadingNames {

  /**
   * Obsidian's {@code stripHeading} set: each becomes a space before headings are compared. The
   * same set as the resolver's {@code Subpaths}; it must stay equal to it, or a suggested heading
   * link would not resolve.
   */
  private static final String FOLDED = "!\"#$%&()*+,.:;<=>?@^`{|}~/[]\\\r\n";

  /** Characters that end or split a wikilink target, so a heading link cannot contain them. */
  private static final String NOT_IN_LINKS = "#|^[]";

  private HeadingNames() {}

  /** The heading as a link compares it: folded punctuation, collapsed spaces, lower case. */
  static String key(String text) {
    return strip(text).toLowerCase(Locale.ROOT);
  }

  /**
   * The text to write after {@code #} to link to {@code heading}: its plain text as a reader sees
   * it ({@code ¿Qué es ownership?}) when that matches, else its source with every character links
   * fold turned into a space ({@code Using Box boxes and tags} for {@code Using [[Box|boxes]] and
   * `#tags`}), which matches by construction.
   */
  static String linkText(Heading heading) {
    String text = heading.text();
    return !containsAny(text, NOT_IN_LINKS) && key(text).equals(key(heading.source()))
        ? text
        : strip(heading.source());
  }

  /** Obsidian's {@code stripHeading}: the folded characters become spaces, runs collapse. */
  private static String strip(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (FOLDED.indexOf(c) >= 0 || isJavaScriptSpace(c)) {
        pendingSpace = true;
      } else {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  /** JavaScript's {@code \s}, which Obsidian's collapsing uses (it includes NBSP). */
  private static boolean isJavaScriptSpace(char c) {
    return switch (c) {
      case ' ',
          '\t',
          '\n',
          '\u000B',
          '\f',
          '\r',
          '\u00A0',
          '\u1680',
          '\u2028',
          '\u2029',
          '\u202F',
          '\u205F',
          '\u3000',
          '\uFEFF' ->
          true;
      default -> c >= '\u2000' && c <= '\u200A';
    };
  }

  private static boolean containsAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
