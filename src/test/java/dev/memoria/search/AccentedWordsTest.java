package dev.memoria.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.memoria.search.Analysis.Chain;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class AccentedWordsTest {

  @Test
  void analysisHandsOverEveryWordWithANonAsciiCharacterLowerCased() {
    String text = "Cómo  funciona — el «Niño» año_2 naïve x\uD835\uDC00ñ Cómo plain";
    assertEquals(Set.of("cómo", "niño", "año", "naïve", "x\uD835\uDC00ñ"), accented(text));
  }

  @Test
  void handsOverTheWordsTheTokenizerFindsStopWordsToo() {
    String text = "Ésta es la canción: ¿qué pasó? Über façade—déjà vu, read_to_string ÁRBOL 3º Qué";
    Set<String> expected = new TreeSet<>();
    for (Words.Span span : Words.of(text)) {
      String word = text.substring(span.start(), span.end());
      if (!word.chars().allMatch(c -> c < 0x80)) {
        expected.add(Words.lower(word));
      }
    }
    assertEquals(expected, accented(text));
  }

  private static Set<String> accented(String text) {
    Set<String> words = new TreeSet<>();
    try (Analyses analyses = new Analyses(words::add)) {
      analyses.terms(Chain.ES, text);
    }
    return words;
  }
}
