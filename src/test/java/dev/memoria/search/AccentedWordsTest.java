package dev.memoria.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class AccentedWordsTest {

  @Test
  void findsTheWholeWordAroundEachNonAsciiLetterLowerCased() {
    Set<String> words = new HashSet<>();
    SearchIndexer.addAccentedWords(
        "Cómo  funciona — el «Niño» año_2 naïve x\uD835\uDC00ñ plain", words);
    assertEquals(Set.of("cómo", "niño", "año", "naïve", "x\uD835\uDC00ñ"), words);
  }

  @Test
  void agreesWithTheWordsTheTokenizerFinds() {
    String text = "Ésta es la canción: ¿qué pasó? Über façade—déjà vu, read_to_string ÁRBOL 3º";
    Set<String> expected = new TreeSet<>();
    for (Words.Span span : Words.of(text)) {
      String word = text.substring(span.start(), span.end());
      if (!word.chars().allMatch(c -> c < 0x80)) {
        expected.add(Words.lower(word));
      }
    }
    Set<String> found = new TreeSet<>();
    SearchIndexer.addAccentedWords(text, found);
    assertEquals(expected, found);
  }
}
