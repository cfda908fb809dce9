package dev.memoria.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Turns each word into its term as Lucene's filters would one after another: lower-cased code point
 * by code point ({@code LowerCaseFilter}), stop words dropped ({@code StopFilter}), stemmed with a
 * Snowball stemmer ({@code SnowballFilter}), accents folded ({@link Analysis#fold}), and terms
 * longer than {@link Analysis#MAX_TERM_LENGTH} dropped ({@code LengthFilter}).
 *
 * <p>One filter rather than five because notes repeat a small vocabulary: the term of each word as
 * written is remembered, so most words cost one hash lookup instead of five filters' work and a
 * Snowball stem, which was most of the time a large vault's index took.
 */
final class TermFilter extends TokenFilter {

  /** Words remembered before the memory is emptied, bounding it per chain and thread. */
  private static final int MAX_REMEMBERED = 50_000;

  /** Longer words are not remembered: they are rare, and mostly hashes or data. */
  private static final int MAX_REMEMBERED_LENGTH = 2 * Analysis.MAX_TERM_LENGTH;

  /** The remembered term of a word that gives none. */
  private static final char[] NONE = new char[0];

  private final SnowballStemmer stemmer;
  private final Optional<CharArraySet> stopWords;
  private final Consumer<String> accentedWords;
  private final CharArrayMap<char[]> terms = new CharArrayMap<>(4096, false);
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);

  /**
   * A filter that also hands {@code accentedWords} each word with a non-ASCII character,
   * lower-cased ({@link Words#lower}), the first time it meets the word (and maybe again later).
   */
  TermFilter(
      TokenStream input,
      SnowballStemmer stemmer,
      Optional<CharArraySet> stopWords,
      Consumer<String> accentedWords) {
    super(input);
    this.stemmer = stemmer;
    this.stopWords = stopWords;
    this.accentedWords = accentedWords;
  }

  @Override
  public boolean incrementToken() throws IOException {
    int skipped = 0;
    while (input.incrementToken()) {
      char[] buffer = term.buffer();
      int length = term.length();
      char[] result = length <= MAX_REMEMBERED_LENGTH ? terms.get(buffer, 0, length) : null;
      if (result == null) {
        char[] word = Arrays.copyOf(buffer, length);
        for (char c : word) {
          if (c >= 0x80) {
            accentedWords.accept(Words.lower(new String(word)));
            break;
          }
        }
        result = termOf(word.clone());
        if (length <= MAX_REMEMBERED_LENGTH) {
          if (terms.size() >= MAX_REMEMBERED) {
            terms.clear();
          }
          terms.put(word, result);
        }
      }
      if (result.length > 0) {
        term.copyBuffer(result, 0, result.length);
        // Like FilteringTokenFilter: dropped words still count as positions.
        position.setPositionIncrement(position.getPositionIncrement() + skipped);
        return true;
      }
      skipped += position.getPositionIncrement();
    }
    return false;
  }

  /** The term of {@code word} (changed in place), or {@link #NONE}. */
  private char[] termOf(char[] word) {
    CharacterUtils.toLowerCase(word, 0, word.length);
    if (stopWords.isPresent() && stopWords.get().contains(word, 0, word.length)) {
      return NONE;
    }
    stemmer.setCurrent(word, word.length);
    stemmer.stem();
    String stem = new String(stemmer.getCurrentBuffer(), 0, stemmer.getCurrentBufferLength());
    String folded = Analysis.fold(stem);
    return folded.isEmpty() || folded.length() > Analysis.MAX_TERM_LENGTH
        ? NONE
        : folded.toCharArray();
  }
}
