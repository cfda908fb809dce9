package dev.memoria.links;

import static dev.memoria.links.Fixture.id;
import static dev.memoria.links.Fixture.vault;
import static dev.memoria.links.NoteFixture.note;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.core.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where each published note's page goes in the site. */
class PageUrlsTest {

  private static String urlOf(String path, Fixture.Result result) {
    return result.graph().pageUrls().get(id(path));
  }

  @Test
  void slugsFolderAndNameWithAccentsFolded() {
    var result = vault(note("Rust/Gestión de memoria.md")).resolve();

    assertEquals("rust/gestion-de-memoria.html", urlOf("Rust/Gestión de memoria.md", result));
  }

  @Test
  void slugsAmpersandsAndPunctuationAway() {
    var result = vault(note("C & C++/Punteros & Referencias (v2).md")).resolve();

    assertEquals(
        "c-c/punteros-referencias-v2.html",
        urlOf("C & C++/Punteros & Referencias (v2).md", result));
  }

  @Test
  void givesNoPageToUnpublishedNotes() {
    var result = vault(note("Draft.md").draft()).resolve();

    assertEquals(List.of(), List.copyOf(result.graph().pageUrls().keySet()));
  }

  @Test
  void usesThePermalinkAsAPathBelowTheSiteRoot() {
    var result =
        vault(
                note("a.md").permalink("/Guías/Empezar"),
                note("b.md").permalink("docs/Box.html"),
                note("c.md").permalink("rust/"))
            .resolve();

    assertEquals("guias/empezar.html", urlOf("a.md", result));
    assertEquals("docs/box.html", urlOf("b.md", result));
    assertEquals("rust/index.html", urlOf("c.md", result));
    assertEquals(List.of(), result.diagnostics());
  }

  @Test
  void rejectsPermalinksThatTryToLeaveTheSite() {
    var result =
        vault(
                note("Trav/a.md").permalink("../../etc/passwd"),
                note("Trav/b.md").permalink("a/./b"),
                note("Trav/c.md").permalink("a\\b"),
                note("Trav/d.md").permalink("a/\0b"),
                note("Trav/e.md").permalink("/"))
            .resolve();

    assertEquals("trav/a.html", urlOf("Trav/a.md", result));
    assertEquals("trav/b.html", urlOf("Trav/b.md", result));
    assertEquals("trav/c.html", urlOf("Trav/c.md", result));
    assertEquals("trav/d.html", urlOf("Trav/d.md", result));
    assertEquals("trav/e.html", urlOf("Trav/e.md", result));
    List<String> warnings = result.messages("invalid-permalink");
    assertEquals(5, warnings.size(), warnings.toString());
    assertTrue(
        warnings
            .get(0)
            .startsWith(
                "notes/Trav/a.md:1:1: warning: [invalid-permalink] permalink"
                    + " \"../../etc/passwd\""),
        warnings.get(0));
  }

  @Test
  void treatsALeadingSlashPermalinkAsRelativeToTheSiteRoot() {
    var result = vault(note("x.md").permalink("/abs")).resolve();

    assertEquals("abs.html", urlOf("x.md", result));
  }

  @Test
  void keepsNotesOutOfReservedSitePaths() {
    var result =
        vault(
                note("index.md"),
                note("404.md"),
                note("Tags/rust.md"),
                note("Assets/logo.md"),
                note("p.md").permalink("attachments/x"),
                note("q.md").permalink("search/"))
            .resolve();

    assertEquals("index-note.html", urlOf("index.md", result));
    assertEquals("404-note.html", urlOf("404.md", result));
    assertEquals("tags-note/rust.html", urlOf("Tags/rust.md", result));
    assertEquals("assets-note/logo.html", urlOf("Assets/logo.md", result));
    assertEquals("attachments-note/x.html", urlOf("p.md", result));
    assertEquals("search-note/index.html", urlOf("q.md", result));
    List<String> errors = result.messages("url-collision");
    assertEquals(6, errors.size(), errors.toString());
    assertTrue(
        errors.stream().allMatch(e -> e.contains(": error: [url-collision] ")), errors.toString());
  }

  @Test
  void reportsCollisionsNamingBothFilesAndNumbersTheLaterNote() {
    var result = vault(note("A/x.md"), note("a/X.md"), note("a/x!.md")).resolve();

    assertEquals("a/x.html", urlOf("A/x.md", result));
    assertEquals("a/x-2.html", urlOf("a/X.md", result));
    assertEquals("a/x-3.html", urlOf("a/x!.md", result));
    assertEquals(
        List.of(
            "notes/a/X.md:1:1: error: [url-collision] notes/A/x.md and notes/a/X.md both become"
                + " a/x.html; this one becomes a/x-2.html; rename one or set a permalink",
            "notes/a/x!.md:1:1: error: [url-collision] notes/A/x.md and notes/a/x!.md both become"
                + " a/x.html; this one becomes a/x-3.html; rename one or set a permalink"),
        result.messages("url-collision"));
  }

  @Test
  void neverNumbersANoteOntoAnotherNotesOwnUrl() {
    var result = vault(note("x.md"), note("X!.md"), note("x-2.md")).resolve();

    assertEquals("x.html", urlOf("X!.md", result));
    assertEquals("x-2.html", urlOf("x-2.md", result));
    assertEquals("x-3.html", urlOf("x.md", result));
  }

  @Test
  void detectsCollisionsBetweenPermalinksAndSlugs() {
    var result = vault(note("Box.md"), note("Other.md").permalink("BOX.html")).resolve();

    assertEquals("box.html", urlOf("Box.md", result));
    assertEquals("box-2.html", urlOf("Other.md", result));
    assertEquals(1, result.messages("url-collision").size());
    assertTrue(result.diagnostics().stream().allMatch(d -> d.severity() == Severity.ERROR));
  }
}
