package dev.memoria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.testing.TestVaults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {

  @TempDir Path temp;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private Path vault() {
    return TestVaults.write(
        temp.resolve("notes"),
        Map.of(
            "Préstamos.es.md",
            "# Préstamos\n\n## Reglas\n\n¿Cómo se toma prestado un valor?\n",
            "Borrowing.en.md",
            "# Borrowing\n\nA reference borrows a value.\n"));
  }

  @Test
  void printsRankedNotesWithTheirSectionAndHighlightedWords() {
    Path vault = vault();
    CliRun run = run("search", "como", "--vault", vault.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals(
        """
        1. Préstamos › Reglas  [es]
           prestamos-es.html#reglas
           ¿**Cómo** se toma prestado un valor?
        """,
        run.out());
    assertTrue(Files.isRegularFile(vault.resolve(".memoria/search/fingerprint")));
  }

  @Test
  void writesJsonAndFiltersByLanguage() {
    CliRun run = run("search", "value", "--lang", "en", "--json", "--vault", vault().toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(
        run.out().startsWith("{\"query\":\"value\",\"results\":[{\"url\":\"borrowing-en.html\","),
        run.out());
    assertTrue(run.out().contains("\"lang\":\"en\""));
    assertFalse(run.out().contains("\"lang\":\"es\""));
  }

  @Test
  void answersQueriesWithSyntaxAsPlainWords() {
    CliRun run = run("search", "title:(a OR </script> *", "--json", "--vault", vault().toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals("{\"query\":\"title:(a OR \\u003c/script> *\",\"results\":[]}\n", run.out());
    CliRun none = run("search", "?!", "--vault", vault().toString());
    assertEquals("No notes match \"?!\".\n", none.out());
  }

  @Test
  void refusesABadLanguageOrLimit() {
    assertEquals(ExitCodes.USAGE, run("search", "x", "--lang", "e s").exitCode());
    assertEquals(
        ExitCodes.USAGE,
        run("search", "x", "--limit", "0", "--vault", vault().toString()).exitCode());
  }
}
