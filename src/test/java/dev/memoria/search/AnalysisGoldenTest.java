package dev.memoria.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.search.Analysis.Chain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
            {"compilación", "compilacion"},
            {"niño", "nino"},
            {"Árbol", "arbol"}
          }) {
        assertEquals(analyses.terms(Chain.ES, pair[0]), analyses.terms(Chain.ES, pair[1]));
        assertEquals(analyses.terms(Chain.EN, pair[0]), analyses.terms(Chain.EN, pair[1]));
      }
    }
  }

  @Test
  void stemsInflectedFormsTogetherInEachLanguage() {
    try (Analyses analyses = new Analyses()) {
      assertEquals(analyses.terms(Chain.ES, "préstamos"), analyses.terms(Chain.ES, "préstamo"));
      assertEquals(analyses.terms(Chain.ES, "luces"), analyses.terms(Chain.ES, "luz"));
      assertEquals(analyses.terms(Chain.EN, "borrowing"), analyses.terms(Chain.EN, "borrowed"));
      assertEquals(analyses.terms(Chain.EN, "allocations"), analyses.terms(Chain.EN, "allocation"));
    }
  }

  @Test
  void dropsSpanishAndEnglishStopWordsInBothChains() {
    try (Analyses analyses = new Analyses()) {
      for (Chain chain : Chain.values()) {
        assertEquals(List.of(), analyses.terms(chain, "the"));
        assertEquals(List.of(), analyses.terms(chain, "como"));
      }
      assertTrue(analyses.terms(Chain.ES, "cómo").contains("como"));
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
