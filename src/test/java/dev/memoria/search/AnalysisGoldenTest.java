package dev.memoria.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.memoria.search.Analysis.Chain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Pins what both analysis chains make of a word list in Spanish and English. Run with {@code
 * -Dgolden.update=true} to rewrite the golden file after an intended change (and check the diff).
 */
class AnalysisGoldenTest {

  static final Path RESOURCES = Path.of("src/test/resources/dev/memoria/search");
  static final Path WORDS = RESOURCES.resolve("words.txt");
  static final Path GOLDEN = RESOURCES.resolve("analysis.golden.tsv");

  /** The words of {@code words.txt}, comments and blank lines left out. */
  static List<String> words() throws IOException {
    return Files.readAllLines(WORDS, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .toList();
  }

  /** One line per word: the word, its Spanish terms, its English terms (space-separated). */
  static String analysisTable() throws IOException {
    StringBuilder table = new StringBuilder("# word\tes\ten\n");
    try (Analyses analyses = new Analyses()) {
      for (String word : words()) {
        table.append(word);
        for (Chain chain : Chain.values()) {
          table.append('\t').append(String.join(" ", analyses.terms(chain, word)));
        }
        table.append('\n');
      }
    }
    return table.toString();
  }

  @Test
  void analysesTheWordListAsTheGoldenFileSays() throws IOException {
    String actual = analysisTable();
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual);
  }

  @Test
  void foldsAccentsAfterStemmingSoUnaccentedWordsMeetTheirAccentedForms() {
    try (Analyses analyses = new Analyses()) {
      for (String[] pair :
          new String[][] {
            {"gestión", "gestion"},
            {"determinístico", "deterministico"},
            {"niño", "nino"},
            {"Árbol", "arbol"}
          }) {
        assertEquals(analyses.terms(Chain.ES, pair[0]), analyses.terms(Chain.ES, pair[1]));
        assertEquals(analyses.terms(Chain.EN, pair[0]), analyses.terms(Chain.EN, pair[1]));
      }
    }
  }

  @Test
  void theWordTableLeadsUnaccentedSpellingsToStemsThatReadTheAccent() {
    // Snowball's Spanish stemmer knows "-ación" but not "-acion": the two spellings stem apart,
    // and the word table is what joins them for a word written in the notes.
    try (Analyses analyses = new Analyses()) {
      assertEquals(List.of("compil"), analyses.terms(Chain.ES, "compilación"));
      assertEquals(List.of("compilacion"), analyses.terms(Chain.ES, "compilacion"));
      WordTable table = WordTable.of(List.of("compilación"), analyses);
      assertEquals(Optional.of(List.of("compil")), table.terms("compilacion", Chain.ES));
    }
  }

  @Test
  void stemsVerbFormsAndDerivationsTogetherInEachLanguage() {
    try (Analyses analyses = new Analyses()) {
      for (String word : List.of("liberamos", "liberado", "liberar", "libera", "liberación")) {
        assertEquals(List.of("liber"), analyses.terms(Chain.ES, word), word);
      }
      assertEquals(analyses.terms(Chain.ES, "gestionando"), analyses.terms(Chain.ES, "gestión"));
      assertEquals(analyses.terms(Chain.ES, "claramente"), analyses.terms(Chain.ES, "claro"));
      assertEquals(analyses.terms(Chain.EN, "borrowing"), analyses.terms(Chain.EN, "borrowed"));
      assertEquals(analyses.terms(Chain.EN, "allocating"), analyses.terms(Chain.EN, "allocations"));
      assertEquals(analyses.terms(Chain.EN, "libraries"), analyses.terms(Chain.EN, "library"));
      assertEquals(analyses.terms(Chain.EN, "relational"), analyses.terms(Chain.EN, "relate"));
    }
  }

  @Test
  void dropsSpanishAndEnglishStopWordsInBothChains() {
    try (Analyses analyses = new Analyses()) {
      for (Chain chain : Chain.values()) {
        assertEquals(List.of(), analyses.terms(chain, "the"));
        assertEquals(List.of(), analyses.terms(chain, "como"));
      }
      // "cómo" (how) is no stop word, unlike "como" (as).
      assertEquals(List.of("com"), analyses.terms(Chain.ES, "cómo"));
      assertEquals(List.of("como"), analyses.terms(Chain.EN, "cómo"));
    }
  }

  @Test
  void splitsIdentifiersIntoWords() {
    try (Analyses analyses = new Analyses()) {
      assertEquals(
          List.of("read", "string", "vec", "t"),
          analyses.terms(Chain.EN, "read_to_string(Vec<T>)"));
    }
  }
}
