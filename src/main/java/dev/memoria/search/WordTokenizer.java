package dev.memoria.search;

import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Words are runs of letters, marks and decimal digits; everything else separates them, so {@code
 * read_to_string}, {@code Vec<T>} and {@code a::b} give their parts. A rule this small is what
 * {@code search.js} repeats exactly; Lucene's UAX#29 tokenizer depends on Unicode tables a browser
 * does not share.
 */
final class WordTokenizer extends CharTokenizer {

  WordTokenizer() {
    // No splitting of long runs: TermFilter drops them whole, which the browser can repeat.
    super(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, StandardTokenizer.MAX_TOKEN_LENGTH_LIMIT);
  }

  @Override
  protected boolean isTokenChar(int c) {
    return isWordChar(c);
  }

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
}
