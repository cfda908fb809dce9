package dev.memoria.search;

import java.util.ArrayList;
import java.util.List;

/** The words of a text as {@link WordTokenizer} finds them, with where each is written. */
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
      boolean word = WordTokenizer.isWordChar(c);
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
