package dev.memoria.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Removes accents: the term is decomposed (NFD) and its combining marks dropped, so {@code cómo}
 * becomes {@code como} and {@code niño} {@code nino}. Chosen over Lucene's ASCIIFoldingFilter
 * because the browser can repeat it exactly with {@code normalize("NFD")}.
 */
final class FoldingFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  FoldingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    int length = term.length();
    for (int i = 0; i < length; i++) {
      if (buffer[i] >= 0x80) {
        String folded = Analysis.fold(term.toString());
        term.setEmpty().append(folded);
        break;
      }
    }
    return true;
  }
}
