package dev.memoria.checks;

import static dev.memoria.checks.CheckFixture.vault;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.memoria.markdown.Gap;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Empty sections, gap markers and empty notes. */
class SectionFindingsTest {

  @TempDir Path dir;

  /** Titles of the empty sections found in a note. */
  private List<String> emptySections(String text) {
    var result = vault(dir, "a.md", text).check();
    return result.findings("empty-section").stream().map(Finding::subject).toList();
  }

  @Test
  void findsSubSectionsLeftEmptyButNotTheirParent() {
    // The end of "Rust memory management - CodeSandwich.md".
    var result =
        vault(
                dir,
                "a.md",
                "Intro text.\n# Results\n## No runtime\n## No world stops\n## Usable everywhere\n"
                    + "//TODO\n")
            .check();

    assertEquals(
        List.of(
            "a.md:3:1: warning: [empty-section] section \"No runtime\" is empty: nothing comes"
                + " before the next heading of the same or a higher level; write it (or put a"
                + " //TODO in it) or remove the heading",
            "a.md:4:1: warning: [empty-section] section \"No world stops\" is empty: nothing comes"
                + " before the next heading of the same or a higher level; write it (or put a"
                + " //TODO in it) or remove the heading"),
        result.lines("empty-section"));
    List<Finding> found = result.findings("empty-section");
    assertEquals(
        List.of("## No runtime", "## No world stops"),
        found.stream().map(Finding::subject).toList());
    assertEquals(
        List.of("no-runtime", "no-world-stops"), found.stream().map(Finding::anchor).toList());
  }

  @Test
  void findsAParentWhoseSubSectionsAreAllEmpty() {
    assertEquals(
        List.of("# Results", "## A", "## B"),
        emptySections("Text.\n# Results\n## A\n## B\n# Next\ntext\n").stream().sorted().toList());
  }

  @Test
  void countsEveryKindOfBlockAsContent() {
    assertEquals(
        List.of(),
        emptySections(
            "# List\n- item\n# Code\n```\ncode\n```\n# Quote\n> quoted\n# Table\n| a |\n|---|\n"
                + "| 1 |\n# Callout\n> [!note] Look\n# Indented\n\n    code\n# Html\n<div>x</div>\n"
                + "# Math\n$$\nx\n$$\n# Gap\n//PICTURE OF FLOW\n"));
  }

  @Test
  void doesNotCountCommentsRulesOrBlankLinesAsContent() {
    assertEquals(
        List.of("## Comment", "## Rule"),
        emptySections("Text.\n## Comment\n%%\nhidden\n%%\n\n## Rule\n\n---\n\n## Last\nx\n"));
  }

  @Test
  void closesASectionAtAHeadingOfAHigherLevel() {
    assertEquals(List.of("### Deep"), emptySections("# Top\ntext\n### Deep\n## Middle\ntext\n"));
  }

  @Test
  void findsAnEmptyLastSectionAndSetextHeadings() {
    assertEquals(
        List.of("Setext", "## End"), emptySections("# Top\ntext\n\nSetext\n------\n\n## End\n"));
  }

  @Test
  void ignoresHeadingsInsideQuotesAndLists() {
    assertEquals(List.of(), emptySections("# Top\n> ## Quoted\n\n- ## In a list\n"));
  }

  @Test
  void reportsANoteWithoutContentOnceAsAnEmptyNote() {
    var result =
        vault(
                dir,
                "blank.md",
                "---\ntags: [x]\n---\n\n   \n",
                "headings.md",
                "# Only\n## Headings\n",
                "commented.md",
                "%% nothing to see %%\n",
                "full.md",
                "[[blank]] [[headings]] [[commented]]\n")
            .check();

    assertEquals(
        List.of(
            "blank.md:1:1: warning: [empty-note] this note has no content; write it, or delete the"
                + " file if it is not needed",
            "commented.md:1:1: warning: [empty-note] this note has no content; write it, or delete"
                + " the file if it is not needed",
            "headings.md:1:1: warning: [empty-note] this note has headings but no text under any of"
                + " them; write it, or delete the file if it is not needed"),
        result.lines("empty-note"));
    assertEquals(List.of(), result.lines("empty-section"));
  }

  @Test
  void reportsGapMarkersWithTheirSection() {
    var result =
        vault(
                dir,
                "a.md",
                "Intro.\n## The stack\nText\n//PICTURE OF FLOW\n//TODO\n",
                "b.md",
                "[[a]]\n")
            .gap("a.md", Gap.Kind.PLACEHOLDER, 4, 1, "//PICTURE OF FLOW")
            .gap("a.md", Gap.Kind.TODO, 5, 1, "//TODO")
            .gap("b.md", Gap.Kind.TODO, 1, 7, "TODO: links")
            .check();

    assertEquals(
        List.of(
            "a.md:4:1: warning: [placeholder] placeholder \"//PICTURE OF FLOW\" in section \"The"
                + " stack\": add what it stands for (a picture, a diagram, the text) or remove the"
                + " line",
            "a.md:5:1: warning: [todo] to-do marker in section \"The stack\": write this section or"
                + " remove the marker",
            "b.md:1:7: warning: [todo] to-do marker: write this section or remove the marker"),
        result.lines().stream()
            .filter(l -> l.contains("[todo]") || l.contains("[placeholder]"))
            .toList());
    Finding placeholder = result.only("placeholder");
    assertEquals("//PICTURE OF FLOW", placeholder.subject());
    assertEquals("gap_4", placeholder.anchor());
  }
}
