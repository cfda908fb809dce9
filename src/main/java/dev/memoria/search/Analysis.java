package dev.memoria.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The two analysis chains, one per language, applied to every text field of every note: words
 * ({@link WordTokenizer}), lower-cased, Spanish and English stop words removed, stemmed, then
 * accents folded.
 *
 * <p>The stemmers are Lucene's {@code SpanishLightStemFilter} and {@code PorterStemFilter}: both
 * are a few dozen lines of plain character tests that {@code search.js} repeats line for line (a
 * parity test holds them equal), where Snowball's generated code would need its runtime ported too.
 * Stemming comes before folding because the Spanish stemmer reads accents itself.
 */
final class Analysis {

  /** Longest term kept, in UTF-16 units; longer runs are hashes or data, not words. */
  static final int MAX_TERM_LENGTH = 64;

  /** Spanish and English stop words together: each language's notes quote the other. */
  static final CharArraySet STOP_WORDS = stopWords();

  private Analysis() {}

  /** The chain for a language; built once per index or search, used by one thread at a time. */
  static Analyzer analyzer(Chain chain) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new WordTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = stem(chain, stream);
        stream = new FoldingFilter(stream);
        stream = new LengthFilter(stream, 1, MAX_TERM_LENGTH);
        return new TokenStreamComponents(source, stream);
      }
    };
  }

  /** The chain without stop words, for queries made of stop words only ({@code "the who"}). */
  static Analyzer analyzerKeepingStopWords(Chain chain) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new WordTokenizer();
        TokenStream stream = stem(chain, new LowerCaseFilter(source));
        stream = new FoldingFilter(stream);
        stream = new LengthFilter(stream, 1, MAX_TERM_LENGTH);
        return new TokenStreamComponents(source, stream);
      }
    };
  }

  private static TokenStream stem(Chain chain, TokenStream stream) {
    return switch (chain) {
      case ES -> new SpanishLightStemFilter(stream);
      case EN -> new PorterStemFilter(stream);
    };
  }

  /** The terms {@code analyzer} makes of {@code text}, in order. */
  static List<String> terms(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("search: analysing a string cannot fail", e);
    }
    return terms;
  }

  /** {@code text} without accents: decomposed, combining marks dropped. */
  static String fold(String text) {
    boolean ascii = true;
    for (int i = 0; i < text.length() && ascii; i++) {
      ascii = text.charAt(i) < 0x80;
    }
    if (ascii) {
      return text;
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      int type = Character.getType(c);
      if (type != Character.NON_SPACING_MARK
          && type != Character.COMBINING_SPACING_MARK
          && type != Character.ENCLOSING_MARK) {
        folded.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return folded.toString();
  }

  /** A word as a query key: lower-cased as Lucene does, then folded. */
  static String key(String word) {
    return fold(Words.lower(word));
  }

  /** The stop words, sorted, for the browser. */
  static List<String> stopWordList() {
    TreeSet<String> words = new TreeSet<>();
    for (Object word : STOP_WORDS) {
      words.add(new String((char[]) word));
    }
    return List.copyOf(words);
  }

  private static CharArraySet stopWords() {
    CharArraySet words = new CharArraySet(512, false);
    words.addAll(SpanishAnalyzer.getDefaultStopSet());
    words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    return CharArraySet.unmodifiableSet(words);
  }

  /** The two analysis chains; every text field is indexed once with each. */
  enum Chain {
    ES("es"),
    EN("en");

    final String suffix;

    Chain(String suffix) {
      this.suffix = suffix;
    }
  }
}
