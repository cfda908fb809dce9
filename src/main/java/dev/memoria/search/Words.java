package dev.memoria.search;

import java.util.ArrayList;
import java.util.List;

/** The words of a text as {@link TermTokenizer} finds them, with where each is written. */
final class Words {

  private Words() {}

  /** A word: {@code text.substring(start, end)}. */
  record Span(int start, int end) {}

  /** Every run of word characters in {@code text}, in order. */
  static List<Span> of(String text) {
    List<Span> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean word = isWordChar(c);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        words.add(new Span(start, i));
        start = -1;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      words.add(new Span(start, text.length()));
    }
    return words;
  }

  /**
   * Whether code point {@code c} is part of a word: a letter, a mark or a decimal digit. A rule
   * this small is what {@code search.js} repeats exactly; Lucene's UAX#29 tokenizer depends on
   * Unicode tables a browser does not share.
   */
  static boolean isWordChar(int c) {
    if (c < 0x80) {
      // The same answer as below for ASCII, which is most of any note, without Unicode tables.
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    if (Character.isLetter(c) || Character.isDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** {@code word} lower-cased code point by code point, as Lucene's LowerCaseFilter does. */
  static String lower(String word) {
    StringBuilder lower = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      lower.appendCodePoint(Character.toLowerCase(c));
      i += Character.charCount(c);
    }
    return lower.toString();
  }
}
