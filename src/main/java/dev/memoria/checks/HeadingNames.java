package dev.memoria.checks;

import dev.memoria.markdown.Heading;
import dev.memoria.markdown.HeadingText;

/** How headings are compared in links and how a link to one is best written. */
final class HeadingNames {

  /** Characters that end or split a wikilink target, so a heading link cannot contain them. */
  private static final String NOT_IN_LINKS = "#|^[]";

  private HeadingNames() {}

  /** The heading as a link compares it: folded punctuation, collapsed spaces, lower case. */
  static String key(String text) {
    return HeadingText.key(text);
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
        : HeadingText.strip(heading.source());
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
