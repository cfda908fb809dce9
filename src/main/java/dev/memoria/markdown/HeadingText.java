package dev.memoria.markdown;

import java.util.Locale;

/**
 * Obsidian's heading comparison ({@code stripHeading}): the one definition the resolver matches
 * {@code [[Note#Heading]]} by and {@code check} writes suggested heading links with, so a
 * suggestion always resolves.
 */
public final class HeadingText {

  /** Every one of these becomes a space before headings are compared. */
  private static final String FOLDED = "!\"#$%&()*+,.:;<=>?@^`{|}~/[]\\\r\n";

  private HeadingText() {}

  /**
   * The text with folded characters and whitespace runs turned into single spaces, ends trimmed.
   * Accents, {@code -}, {@code _} and {@code '} are kept.
   */
  public static String strip(String text) {
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

  /** {@link #strip} lower-cased: two headings match when their keys are equal. */
  public static String key(String text) {
    return strip(text).toLowerCase(Locale.ROOT);
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
}
