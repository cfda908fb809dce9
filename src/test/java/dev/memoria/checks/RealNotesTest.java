package dev.memoria.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.memoria.config.CheckSettings;
import dev.memoria.config.SiteConfig;
import dev.memoria.core.Diagnostics;
import dev.memoria.core.Lang;
import dev.memoria.links.LinkResolver;
import dev.memoria.links.NoteGraph;
import dev.memoria.markdown.NoteParser;
import dev.memoria.markdown.ParsedNote;
import dev.memoria.scenarios.ScenarioRunner;
import dev.memoria.simulator.Limits;
import dev.memoria.vault.Vault;
import dev.memoria.vault.VaultReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The vault of this repository, {@code notes/}, checked through the real stages. */
class RealNotesTest {

  private static CheckReport report;

  @BeforeAll
  static void checkTheNotes() throws IOException {
    SiteConfig config =
        new SiteConfig(
            Path.of("notes"),
            Path.of("site"),
            Path.of("themes", "default"),
            Optional.empty(),
            "Rust memory notes",
            Lang.EN,
            List.of(),
            false,
            false,
            false,
            CheckSettings.DEFAULTS,
            true);
    Diagnostics diagnostics = new Diagnostics();
    Vault vault = new VaultReader(config).read(diagnostics);
    NoteParser parser = new NoteParser(config);
    List<ParsedNote> notes = vault.notes().stream().map(n -> parser.parse(n, diagnostics)).toList();
    NoteGraph graph = new LinkResolver(config).resolve(notes, vault.assets(), diagnostics);
    report =
        new ContentChecker(config)
            .check(graph, new ScenarioRunner(Limits.DEFAULT).runAll(graph), notes.size());
  }

  private static List<String> lines(String code) {
    return report.findings().stream()
        .filter(f -> f.code().equals(code))
        .map(f -> f.diagnostic().format())
        .toList();
  }

  @Test
  void reportsExactlyTheFiveBrokenLinksWithTheirPositions() {
    assertEquals(
        List.of(
            "notes/Gestión de memoria en Rust.md:70:26: error: [broken-link] no note named"
                + " \"ownership\"; write that note or correct the link",
            "notes/Gestión de memoria en Rust.md:70:56: error: [broken-link] no note named"
                + " \"references\"; write that note or correct the link",
            "notes/heap and stack in rust.md:44:61: error: [broken-link] no note named"
                + " \"static analysis\"; write that note or correct the link",
            "notes/heap and stack in rust.md:44:85: error: [broken-link] no note named"
                + " \"runtime checks\"; write that note or correct the link",
            "notes/heap and stack in rust.md:47:1: error: [broken-link] no note named"
                + " \"more exaplanation about heap and stack\"; write that note or correct the"
                + " link"),
        lines("broken-link"));
  }

  @Test
  void findsOnlyTheTwoEmptySectionsUnderResults() {
    assertEquals(
        List.of(
            "notes/Rust memory management - CodeSandwich.md:128:1: warning: [empty-section] section"
                + " \"No runtime\" is empty: nothing comes before the next heading of the same or"
                + " a higher level; write it (or put a //TODO in it) or remove the heading",
            "notes/Rust memory management - CodeSandwich.md:129:1: warning: [empty-section] section"
                + " \"No world stops\" is empty: nothing comes before the next heading of the same"
                + " or a higher level; write it (or put a //TODO in it) or remove the heading"),
        lines("empty-section"));
    assertEquals(
        List.of("## No runtime", "## No world stops"),
        report.findings().stream()
            .filter(f -> f.code().equals("empty-section"))
            .map(Finding::subject)
            .toList());
  }

  @Test
  void listsEveryNoteAsAnOrphanSinceNoneLinksToAnother() {
    assertEquals(
        List.of(
            "notes/Gestión de memoria en Rust.md:1:1: info: [orphan] no other note links to this"
                + " note; link to it from a related note so readers can find it",
            "notes/Memory Management in Rust.md:1:1: info: [orphan] no other note links to this"
                + " note; link to it from a related note so readers can find it",
            "notes/Rust memory management - CodeSandwich.md:1:1: info: [orphan] no other note links"
                + " to this note; link to it from a related note so readers can find it",
            "notes/Stack & Heap.md:1:1: info: [orphan] no other note links to this note; link to it"
                + " from a related note so readers can find it",
            "notes/heap and stack in rust.md:1:1: info: [orphan] no other note links to this note;"
                + " link to it from a related note so readers can find it"),
        lines("orphan"));
  }

  @Test
  void findsNothingElseThanTheParserMayAddGapsTo() {
    // todo comes from the parser's gap markers; every other code must be absent: the scenario
    // blocks drew the pictures the placeholders asked for, and each does what it declares.
    List<String> others =
        report.findings().stream()
            .map(Finding::code)
            .filter(
                code -> !List.of("broken-link", "empty-section", "orphan", "todo").contains(code))
            .toList();
    assertEquals(List.of(), others);
    assertEquals(5, report.notesChecked());
  }
}
