package dev.memoria.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.BytesRef;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Cuts a text into words ({@link Words#isWordChar}: runs of letters, marks and decimal digits, so
 * {@code read_to_string}, {@code Vec<T>} and {@code a::b} give their parts) and turns each into its
 * term as Lucene's filters would one after another: lower-cased code point by code point ({@code
 * LowerCaseFilter}), stop words dropped ({@code StopFilter}), stemmed with a Snowball stemmer
 * ({@code SnowballFilter}), accents folded ({@link Analysis#fold}), and terms longer than {@link
 * Analysis#MAX_TERM_LENGTH} dropped ({@code LengthFilter}). Long words are not split: they are
 * dropped whole, which the browser can repeat.
 *
 * <p>One tokenizer rather than a tokenizer and five filters because notes repeat a small
 * vocabulary: the term of each word as written is remembered, so most words cost a scan and one
 * hash lookup instead of six stages' work and a Snowball stem, which was most of the time a large
 * vault's index took.
 */
final class TermTokenizer extends Tokenizer {

  /** Words remembered before the memory is emptied, bounding it per chain and thread. */
  private static final int MAX_REMEMBERED = 50_000;

  /** Longer words are not remembered: they are rare, and mostly hashes or data. */
  private static final int MAX_REMEMBERED_LENGTH = 2 * Analysis.MAX_TERM_LENGTH;

  /** The remembered term of a word that gives none. */
  private static final BytesRef NONE = new BytesRef();

  /** Which ASCII characters are word characters ({@link Words#isWordChar}). */
  private static final boolean[] ASCII_WORD = asciiWordChars();

  private final SnowballStemmer stemmer;
  private final Optional<CharArraySet> stopWords;
  private final Consumer<String> accentedWords;

  /**
   * Each word's term as the UTF-8 bytes Lucene indexes, so a remembered word costs no encoding. The
   * term is set as bytes: added first, this attribute is the one the index reads terms from.
   */
  private final CharArrayMap<BytesRef> terms = new CharArrayMap<>(4096, false);

  private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);

  /** The whole text: fields are small, and a word is then never cut by a buffer's end. */
  private char[] text = new char[1024];

  private int length;
  private int next;
  private int skipped;

  /**
   * A tokenizer that also hands {@code accentedWords} each word with a non-ASCII character,
   * lower-cased ({@link Words#lower}), the first time it meets the word (and maybe again later).
   */
  TermTokenizer(
      SnowballStemmer stemmer, Optional<CharArraySet> stopWords, Consumer<String> accentedWords) {
    this.stemmer = stemmer;
    this.stopWords = stopWords;
    this.accentedWords = accentedWords;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    length = 0;
    for (int read = input.read(text, 0, text.length);
        read != -1;
        read = input.read(text, length, text.length - length)) {
      length += read;
      if (length == text.length) {
        text = Arrays.copyOf(text, 2 * text.length);
      }
    }
    next = 0;
    skipped = 0;
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    int skippedHere = 0;
    while (next < length) {
      int start = skip(next, false);
      int end = skip(start, true);
      next = end;
      if (start == end) {
        break;
      }
      BytesRef result = termAt(start, end - start);
      if (result.length > 0) {
        term.setBytesRef(result);
        offset.setOffset(correctOffset(start), correctOffset(end));
        // Like FilteringTokenFilter: dropped words still count as positions.
        position.setPositionIncrement(1 + skippedHere);
        return true;
      }
      skippedHere++;
    }
    skipped = skippedHere;
    return false;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int last = correctOffset(length);
    offset.setOffset(last, last);
    position.setPositionIncrement(position.getPositionIncrement() + skipped);
  }

  /**
   * Where the run of word characters ({@code words}) or of other characters that starts at {@code
   * from} ends. Each character is looked at here, not through a method per character: this runs
   * over every character of every note, under a compiler that inlines little.
   */
  private int skip(int from, boolean words) {
    char[] chars = text;
    int at = from;
    while (at < length) {
      char c = chars[at];
      int count;
      if (c < 0x80) {
        count = ASCII_WORD[c] ? 1 : -1;
      } else {
        int point = Character.codePointAt(chars, at, length);
        count = Words.isWordChar(point) ? Character.charCount(point) : -Character.charCount(point);
      }
      if (count > 0 != words) {
        return at;
      }
      at += Math.abs(count);
    }
    return at;
  }

  /** The term of the word at {@code text[start, start + count)}, remembered or made. */
  private BytesRef termAt(int start, int count) {
    BytesRef result = count <= MAX_REMEMBERED_LENGTH ? terms.get(text, start, count) : null;
    if (result == null) {
      char[] word = Arrays.copyOfRange(text, start, start + count);
      for (char c : word) {
        if (c >= 0x80) {
          accentedWords.accept(Words.lower(new String(word)));
          break;
        }
      }
      result = termOf(word.clone());
      if (count <= MAX_REMEMBERED_LENGTH) {
        if (terms.size() >= MAX_REMEMBERED) {
          terms.clear();
        }
        terms.put(word, result);
      }
    }
    return result;
  }

  /** The term of {@code word} (changed in place) as UTF-8, or {@link #NONE}. */
  private BytesRef termOf(char[] word) {
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
        : new BytesRef(folded);
  }

  private static boolean[] asciiWordChars() {
    boolean[] word = new boolean[0x80];
    for (char c = 0; c < 0x80; c++) {
      word[c] = Words.isWordChar(c);
    }
    return word;
  }
}
