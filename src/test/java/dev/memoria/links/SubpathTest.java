package dev.memoria.links;

import static dev.memoria.links.Fixture.id;
import static dev.memoria.links.Fixture.vault;
import static dev.memoria.links.NoteFixture.note;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.memoria.links.Resolution.SubpathStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Headings and block ids after {@code #}: obsidian-link-rules.md §5 and §6. */
class SubpathTest {

  private static Fixture.Result linksTo(NoteFixture target, String... subpaths) {
    String[] targets = new String[subpaths.length];
    for (int i = 0; i < subpaths.length; i++) {
      targets[i] = "Target#" + subpaths[i];
    }
    return vault(note("src.md").links(targets), target).resolve();
  }

  private static void assertFound(Fixture.Result result, String subpath, String anchor) {
    var link = result.toNote("src.md", "Target#" + subpath);
    assertEquals(SubpathStatus.FOUND, link.subpath(), subpath);
    assertEquals(Optional.of(anchor), link.anchor(), subpath);
  }

  @Test
  void foldsPunctuationInHeadings() {
    var result =
        linksTo(
            note("Target.md").heading(2, "What encryption do you use?", "what-encryption"),
            "What encryption do you use");

    assertFound(result, "What encryption do you use", "what-encryption");
  }

  @Test
  void foldsBackticksAndParenthesesInHeadings() {
    var result = linksTo(note("Target.md").heading(3, "`hasTag()`", "hastag"), "hasTag");

    assertFound(result, "hasTag", "hastag");
  }

  @Test
  void comparesHeadingsCaseInsensitivelyAndCollapsesSpaces() {
    var result =
        linksTo(
            note("Target.md").heading(2, "Reglas  de **préstamo**", "reglas"),
            "reglas de préstamo");

    assertFound(result, "reglas de préstamo", "reglas");
  }

  @Test
  void doesNotFoldAccentsInHeadings() {
    var result = linksTo(note("Target.md").heading(2, "Gestión", "gestion"), "Gestion");

    var link = result.toNote("src.md", "Target#Gestion");
    assertEquals(SubpathStatus.MISSING_HEADING, link.subpath());
  }

  @Test
  void doesNotMatchGithubStyleSlugs() {
    var result = linksTo(note("Target.md").heading(2, "Tab stacks", "tab-stacks"), "tab-stacks");

    assertEquals(
        SubpathStatus.MISSING_HEADING, result.toNote("src.md", "Target#tab-stacks").subpath());
  }

  @Test
  void followsNestedHeadingsSkippingIntermediateLevels() {
    var target =
        note("Target.md")
            .heading(1, "A", "a")
            .heading(2, "B", "b")
            .heading(3, "C", "c")
            .heading(1, "Other", "other")
            .heading(2, "C", "c-2");
    var result = linksTo(target, "A#C", "Other#C", "A#B#C");

    assertFound(result, "A#C", "c");
    assertFound(result, "Other#C", "c-2");
    assertFound(result, "A#B#C", "c");
  }

  @Test
  void requiresNestedHeadingsToBeDeeperAndLater() {
    var target = note("Target.md").heading(2, "A", "a").heading(2, "B", "b").heading(1, "C", "c");
    var result = linksTo(target, "A#B", "B#A", "A#C");

    assertEquals(SubpathStatus.MISSING_HEADING, result.toNote("src.md", "Target#A#B").subpath());
    assertEquals(SubpathStatus.MISSING_HEADING, result.toNote("src.md", "Target#B#A").subpath());
    assertEquals(SubpathStatus.MISSING_HEADING, result.toNote("src.md", "Target#A#C").subpath());
  }

  @Test
  void keepsTheNoteWhenTheHeadingIsMissing() {
    var result = linksTo(note("Target.md").heading(2, "Uso", "uso"), "Usos");

    var link = result.toNote("src.md", "Target#Usos");
    assertEquals(id("Target.md"), link.note());
    assertEquals(SubpathStatus.MISSING_HEADING, link.subpath());
    assertEquals(Optional.empty(), link.anchor());
  }

  @Test
  void reportsNoSubpathWhenThereIsNone() {
    var result = vault(note("src.md").links("Target", "Target#"), note("Target.md")).resolve();

    assertEquals(SubpathStatus.NONE, result.toNote("src.md", "Target").subpath());
    assertEquals(SubpathStatus.NONE, result.toNote("src.md", "Target#").subpath());
  }

  @Test
  void findsBlockIdsCaseInsensitively() {
    var result = linksTo(note("Target.md").blocks("quote-1"), "^quote-1", "^Quote-1");

    assertFound(result, "^quote-1", "block-quote-1");
    assertFound(result, "^Quote-1", "block-quote-1");
  }

  @Test
  void keepsTheNoteWhenTheBlockIsMissing() {
    var result = linksTo(note("Target.md").blocks("abc"), "^abd");

    var link = result.toNote("src.md", "Target#^abd");
    assertEquals(id("Target.md"), link.note());
    assertEquals(SubpathStatus.MISSING_BLOCK, link.subpath());
    assertEquals(Optional.empty(), link.anchor());
  }

  @Test
  void treatsFootnoteSubpathsAsFoundWithoutAnAnchor() {
    var result = linksTo(note("Target.md"), "[^1]");

    var link = result.toNote("src.md", "Target#[^1]");
    assertEquals(SubpathStatus.FOUND, link.subpath());
    assertEquals(Optional.empty(), link.anchor());
  }

  @Test
  void foldsExactlyObsidiansStripHeadingSet() {
    assertEquals(
        "a b c d-e_f'g",
        dev.memoria.markdown.HeadingText.key(
            " A!\"#$%&()*+,.:;<=>?@^`{|}~/[]\\B\r\nC\u00A0 d-e_f'g "));
  }
}
