package dev.memoria.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Stems each term with a Snowball stemmer, as Lucene's {@code SnowballFilter} does, remembering the
 * stems of the words it has seen. Notes repeat a small vocabulary, and a Snowball stem costs more
 * than a hash lookup: this keeps stemming from adding more than the light stemmers cost to a build.
 */
final class StemFilter extends TokenFilter {

  /** Words remembered before the memory is emptied, bounding it per field and thread. */
  private static final int MAX_REMEMBERED = 20_000;

  private final SnowballStemmer stemmer;
  private final CharArrayMap<char[]> stems = new CharArrayMap<>(1024, false);
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  StemFilter(TokenStream input, SnowballStemmer stemmer) {
    super(input);
    this.stemmer = stemmer;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    int length = term.length();
    char[] stem = stems.get(buffer, 0, length);
    if (stem == null) {
      char[] word = Arrays.copyOf(buffer, length);
      stemmer.setCurrent(Arrays.copyOf(word, length), length);
      stemmer.stem();
      stem = Arrays.copyOf(stemmer.getCurrentBuffer(), stemmer.getCurrentBufferLength());
      if (stems.size() >= MAX_REMEMBERED) {
        stems.clear();
      }
      stems.put(word, stem);
    }
    term.copyBuffer(stem, 0, stem.length);
    return true;
  }
}
