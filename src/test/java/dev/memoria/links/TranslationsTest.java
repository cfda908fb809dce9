package dev.memoria.links;

import static dev.memoria.links.Fixture.id;
import static dev.memoria.links.Fixture.vault;
import static dev.memoria.links.NoteFixture.note;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.core.NoteId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which notes translate each other. */
class TranslationsTest {

  private static List<NoteId> translationsOf(String path, Fixture.Result result) {
    return result.graph().translations().get(id(path));
  }

  @Test
  void linksNotesNamedInFrontmatterTranslationsBothWays() {
    var result =
        vault(
                note("Rust/Caja.md").lang("es").translations("Box|English"),
                note("English/Box.md").lang("en"))
            .resolve();

    assertEquals(List.of(id("English/Box.md")), translationsOf("Rust/Caja.md", result));
    assertEquals(List.of(id("Rust/Caja.md")), translationsOf("English/Box.md", result));
    assertEquals(List.of(), result.diagnostics());
  }

  @Test
  void linksNotesSharingATranslationKey() {
    var result =
        vault(
                note("caja.md").lang("es").translationKey("box"),
                note("box.md").lang("en").translationKey("box"),
                note("boite.md").lang("fr").translationKey("box"),
                note("other.md").lang("en").translationKey("other"))
            .resolve();

    assertEquals(List.of(id("box.md"), id("boite.md")), translationsOf("caja.md", result));
    assertEquals(List.of(id("caja.md"), id("boite.md")), translationsOf("box.md", result));
    assertEquals(List.of(), translationsOf("other.md", result));
  }

  @Test
  void linksNotesWithTheSameNameAcrossLanguageSuffixes() {
    var result =
        vault(
                note("Rust/Box.es.md").lang("es"),
                note("Rust/Box.en.md").lang("en"),
                note("Other/Box.en.md").lang("en"))
            .resolve();

    assertEquals(List.of(id("Rust/Box.en.md")), translationsOf("Rust/Box.es.md", result));
    assertEquals(List.of(id("Rust/Box.es.md")), translationsOf("Rust/Box.en.md", result));
    assertEquals(List.of(), translationsOf("Other/Box.en.md", result));
  }

  @Test
  void linksAnUnsuffixedNoteToItsSuffixedTranslation() {
    var result = vault(note("Rust/Box.md").lang("es"), note("Rust/Box.en.md").lang("en")).resolve();

    assertEquals(List.of(id("Rust/Box.en.md")), translationsOf("Rust/Box.md", result));
  }

  @Test
  void ignoresSuffixesThatAreNotTheNotesLanguage() {
    var result = vault(note("Plan.old.md").lang("es"), note("Plan.en.md").lang("en")).resolve();

    assertEquals(List.of(), translationsOf("Plan.old.md", result));
  }

  @Test
  void linksNotesWithTheSamePathBelowLanguageFolders() {
    var result =
        vault(
                note("es/rust/box.md").lang("es"),
                note("en/rust/box.md").lang("en"),
                note("en/c/box.md").lang("en"))
            .resolve();

    assertEquals(List.of(id("en/rust/box.md")), translationsOf("es/rust/box.md", result));
    assertEquals(List.of(id("es/rust/box.md")), translationsOf("en/rust/box.md", result));
    assertEquals(List.of(), translationsOf("en/c/box.md", result));
  }

  @Test
  void ignoresTranslationsInTheSameLanguage() {
    var result =
        vault(
                note("a.md").lang("es").translationKey("k").translations("b"),
                note("b.md").lang("es").translationKey("k"))
            .resolve();

    assertEquals(List.of(), translationsOf("a.md", result));
    assertEquals(List.of(), translationsOf("b.md", result));
    assertEquals(1, result.messages("translation-conflict").size());
  }

  @Test
  void keepsTheFirstNoteWhenTwoShareALanguage() {
    var result =
        vault(
                note("caja.md").lang("es").translationKey("box"),
                note("box.md").lang("en").translationKey("box"),
                note("box-copy.md").lang("en").translationKey("box"))
            .resolve();

    assertEquals(List.of(id("box-copy.md")), translationsOf("caja.md", result));
    assertEquals(List.of(id("caja.md")), translationsOf("box-copy.md", result));
    assertEquals(List.of(), translationsOf("box.md", result));
    assertEquals(
        List.of(
            "notes/box.md:1:1: warning: [translation-conflict] notes/box-copy.md and notes/box.md"
                + " share translationKey and are both in en; only notes/box-copy.md is linked as a"
                + " translation; set different languages"),
        result.messages("translation-conflict"));
  }

  @Test
  void reportsConflictsBetweenDeclaredAndSharedTranslations() {
    var result =
        vault(
                note("Rust/Box.es.md").lang("es").translations("Other"),
                note("Rust/Box.en.md").lang("en"),
                note("Other.md").lang("en"))
            .resolve();

    // Other.md sorts before Rust/Box.en.md, so it is kept; Rust/Box.en.md loses its partner.
    assertEquals(List.of(id("Other.md")), translationsOf("Rust/Box.es.md", result));
    assertEquals(List.of(id("Rust/Box.es.md")), translationsOf("Other.md", result));
    assertEquals(List.of(), translationsOf("Rust/Box.en.md", result));
    List<String> warnings = result.messages("translation-conflict");
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).startsWith("notes/Rust/Box.es.md:1:1: warning:"), warnings.get(0));
  }

  @Test
  void warnsWhenADeclaredTranslationNamesNoNote() {
    var result = vault(note("a.md").lang("es").translations("[[Missing]]")).resolve();

    assertEquals(
        List.of(
            "notes/a.md:1:1: warning: [broken-translation] translations entry \"[[Missing]]\""
                + " names no note; fix the name or remove it"),
        result.messages("broken-translation"));
  }

  @Test
  void leavesOutUnpublishedTranslations() {
    var result =
        vault(note("Box.es.md").lang("es"), note("Box.en.md").lang("en").draft()).resolve();

    assertEquals(Map.of(id("Box.es.md"), List.of()), result.graph().translations());
  }
}
