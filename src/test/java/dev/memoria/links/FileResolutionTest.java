package dev.memoria.links;

import static dev.memoria.links.Fixture.id;
import static dev.memoria.links.Fixture.vault;
import static dev.memoria.links.NoteFixture.note;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.links.Resolution.SubpathStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finding the file a link names: obsidian-link-rules.md §4. */
class FileResolutionTest {

  @Test
  void matchesFileNamesCaseInsensitively() {
    var result = vault(note("a.md").links("embed FILES"), note("Guides/Embed files.md")).resolve();

    assertEquals(id("Guides/Embed files.md"), result.toNote("a.md", "embed FILES").note());
  }

  @Test
  void resolvesNotesWithAndWithoutMdExtension() {
    var result =
        vault(
                note("a.md").links("Three laws", "Three laws.md", "three LAWS.MD"),
                note("Three laws.md"))
            .resolve();

    assertEquals(id("Three laws.md"), result.toNote("a.md", "Three laws").note());
    assertEquals(id("Three laws.md"), result.toNote("a.md", "Three laws.md").note());
    assertEquals(id("Three laws.md"), result.toNote("a.md", "three LAWS.MD").note());
  }

  @Test
  void requiresTheExtensionForAttachments() {
    var result =
        vault(note("a.md").links("Figure 1.png", "Figure 1")).assets("img/Figure 1.png").resolve();

    assertEquals(new Resolution.ToAsset("img/Figure 1.png"), result.link("a.md", "Figure 1.png"));
    assertEquals(new Resolution.Missing(), result.link("a.md", "Figure 1"));
  }

  @Test
  void findsNotesWhoseNamesContainDots() {
    var result = vault(note("a.md").links("v1.2", "Notes/v1.2"), note("Notes/v1.2.md")).resolve();

    assertEquals(id("Notes/v1.2.md"), result.toNote("a.md", "v1.2").note());
    assertEquals(id("Notes/v1.2.md"), result.toNote("a.md", "Notes/v1.2").note());
  }

  @Test
  void resolvesDotSlashAgainstTheSourceFolder() {
    var result =
        vault(note("A/src.md").links("./x"), note("A/x.md"), note("x.md"), note("B/A/x.md"))
            .resolve();

    var link = result.toNote("A/src.md", "./x");
    assertEquals(id("A/x.md"), link.note());
    assertEquals(List.of(), link.otherCandidates());
  }

  @Test
  void resolvesDotDotAgainstTheParentFolder() {
    var result =
        vault(
                note("A/B/src.md").links("../x", "../../x"),
                note("A/x.md"),
                note("A/B/x.md"),
                note("x.md"))
            .resolve();

    assertEquals(id("A/x.md"), result.toNote("A/B/src.md", "../x").note());
    assertEquals(id("x.md"), result.toNote("A/B/src.md", "../../x").note());
  }

  @Test
  void resolvesExactVaultPathsWithAndWithoutLeadingSlash() {
    var result =
        vault(
                note("Sub/src.md").links("Other/Note", "/Other/Note"),
                note("Other/Note.md"),
                note("Sub/Other/Note.md"))
            .resolve();

    var plain = result.toNote("Sub/src.md", "Other/Note");
    var rooted = result.toNote("Sub/src.md", "/Other/Note");
    assertEquals(id("Other/Note.md"), plain.note());
    assertEquals(id("Other/Note.md"), rooted.note());
    assertEquals(List.of(), plain.otherCandidates());
  }

  @Test
  void doesNotResolveARootedPathThatIsNotExact() {
    var result = vault(note("a.md").links("/Note", "/ub/Note"), note("Sub/Note.md")).resolve();

    assertEquals(new Resolution.Missing(), result.link("a.md", "/Note"));
    assertEquals(new Resolution.Missing(), result.link("a.md", "/ub/Note"));
  }

  @Test
  void matchesPathsAsPlainStringSuffixes() {
    var result =
        vault(note("a.md").links("ub/Note", "B/Note"), note("Sub/Note.md"), note("A/B/Note.md"))
            .resolve();

    assertEquals(id("Sub/Note.md"), result.toNote("a.md", "ub/Note").note());
    assertEquals(id("A/B/Note.md"), result.toNote("a.md", "B/Note").note());
  }

  @Test
  void prefersSameFolderWhenNamesCollide() {
    var result =
        vault(note("Deep/Er/src.md").links("Box"), note("Zz/Box.md"), note("Deep/Er/Box.md"))
            .resolve();

    var link = result.toNote("Deep/Er/src.md", "Box");
    assertEquals(id("Deep/Er/Box.md"), link.note());
    assertEquals(List.of(id("Zz/Box.md")), link.otherCandidates());
  }

  @Test
  void prefersANoteAtTheVaultRootBecauseItsPathIsExact() {
    // "box.md" is the exact vault path of the root note, which Obsidian checks before suffixes.
    var result =
        vault(note("Deep/Er/src.md").links("Box"), note("Box.md"), note("Deep/Er/Box.md"))
            .resolve();

    var link = result.toNote("Deep/Er/src.md", "Box");
    assertEquals(id("Box.md"), link.note());
    assertEquals(List.of(), link.otherCandidates());
  }

  @Test
  void treatsTheSourceFolderAsARawStringPrefix() {
    var result =
        vault(note("Plugins/src.md").links("Box"), note("Aa/Box.md"), note("Plugins extra/Box.md"))
            .resolve();

    assertEquals(id("Plugins extra/Box.md"), result.toNote("Plugins/src.md", "Box").note());
  }

  @Test
  void prefersTheShortestPathThenAlphabeticalOutsideTheSourceFolder() {
    var result =
        vault(
                note("src.md").links("Box"),
                note("Zz/Box.md"),
                note("Aa/Box.md"),
                note("Longer/Box.md"))
            .resolve();

    var link = result.toNote("src.md", "Box");
    assertEquals(id("Aa/Box.md"), link.note());
    assertEquals(List.of(id("Zz/Box.md"), id("Longer/Box.md")), link.otherCandidates());
  }

  @Test
  void recordsNoAmbiguityWhenOnlyOneFileMatches() {
    var result =
        vault(note("a.md").links("Box"), note("Rust/Box.md"), note("Rust/Boxes.md")).resolve();

    assertEquals(List.of(), result.toNote("a.md", "Box").otherCandidates());
  }

  @Test
  void resolvesMarkdownLinksWithMdExtensionAndDecodedSpaces() {
    // [t](Other%20Note.md) arrives decoded from the markdown stage.
    var result =
        vault(
                note("Dir/a.md").markdownLinks("Other Note.md", "Other Note", "../Top.md"),
                note("Dir/Other Note.md"),
                note("Top.md"))
            .resolve();

    assertEquals(id("Dir/Other Note.md"), result.toNote("Dir/a.md", "Other Note.md").note());
    assertEquals(id("Dir/Other Note.md"), result.toNote("Dir/a.md", "Other Note").note());
    assertEquals(id("Top.md"), result.toNote("Dir/a.md", "../Top.md").note());
  }

  @Test
  void resolvesAliasCaseInsensitivelyWhenNoFileHasTheName() {
    var result =
        vault(
                note("a.md").links("ai", "Inteligencia Artificial"),
                note("Artificial Intelligence.md").aliases("AI"),
                note("Inteligencia Artificial.md").aliases("ai"))
            .resolve();

    var alias = result.toNote("a.md", "ai");
    assertEquals(id("Artificial Intelligence.md"), alias.note());
    assertTrue(alias.viaAlias());
    assertEquals(List.of(id("Inteligencia Artificial.md")), alias.otherCandidates());
    assertFalse(result.toNote("a.md", "Inteligencia Artificial").viaAlias());
  }

  @Test
  void matchesAliasesAfterUnicodeNormalisation() {
    String decomposed = "Gestio\u0301n";
    var result =
        vault(note("a.md").links("gestión"), note("Memoria.md").aliases(decomposed)).resolve();

    assertTrue(result.toNote("a.md", "gestión").viaAlias());
  }

  @Test
  void prefersAFileNameOverAnAlias() {
    var result =
        vault(note("a.md").links("Box"), note("Box.md"), note("Caja.md").aliases("Box")).resolve();

    var link = result.toNote("a.md", "Box");
    assertEquals(id("Box.md"), link.note());
    assertFalse(link.viaAlias());
  }

  @Test
  void reportsUnpublishedTargets() {
    var result =
        vault(
                note("a.md").links("Draft", "Private"),
                note("Draft.md").draft(),
                note("Private.md").unpublished())
            .resolve();

    assertEquals(new Resolution.Unpublished(id("Draft.md")), result.link("a.md", "Draft"));
    assertEquals(new Resolution.Unpublished(id("Private.md")), result.link("a.md", "Private"));
    assertFalse(result.graph().resolutions().containsKey(id("Draft.md")));
  }

  @Test
  void resolvesEmbedsExactlyLikeLinks() {
    var result =
        vault(note("a.md").embeds("Box#Uso"), note("Rust/Box.md").heading(2, "Uso", "uso"))
            .resolve();

    var embed = result.toNote("a.md", "Box#Uso");
    assertEquals(id("Rust/Box.md"), embed.note());
    assertEquals(Optional.of("uso"), embed.anchor());
  }

  @Test
  void resolvesAnEmptyPathToTheSourceNote() {
    var result = vault(note("a.md").links("#Intro").heading(1, "Intro", "intro")).resolve();

    var self = result.toNote("a.md", "#Intro");
    assertEquals(id("a.md"), self.note());
    assertEquals(SubpathStatus.FOUND, self.subpath());
  }

  @Test
  void reportsMissingWhenNothingHasTheName() {
    var result = vault(note("a.md").links("Ownrship"), note("Ownership.md")).resolve();

    assertEquals(new Resolution.Missing(), result.link("a.md", "Ownrship"));
  }

  @Test
  void linksAttachmentsWithoutCheckingTheirSubpaths() {
    var result =
        vault(note("a.md").links("manual.pdf#page=3").embeds("icon.png#icon"))
            .assets("docs/manual.pdf", "img/icon.png")
            .resolve();

    assertEquals(
        new Resolution.ToAsset("docs/manual.pdf"), result.link("a.md", "manual.pdf#page=3"));
    assertEquals(new Resolution.ToAsset("img/icon.png"), result.link("a.md", "icon.png#icon"));
  }

  @Test
  void recordsAmbiguityBetweenPathsDifferingOnlyInCase() {
    var result =
        vault(note("src.md").links("notes/x"), note("notes/x.md"), note("Notes/X.md")).resolve();

    var link = result.toNote("src.md", "notes/x");
    assertEquals(id("Notes/X.md"), link.note());
    assertEquals(List.of(id("notes/x.md")), link.otherCandidates());
  }
}
