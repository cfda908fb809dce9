package dev.memoria.checks;

import static dev.memoria.checks.CheckFixture.vault;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings about the vault as a whole: orphans, translations, duplicate titles and aliases. */
class VaultFindingsTest {

  @TempDir Path dir;

  @Test
  void reportsNotesNoOtherNoteLinksTo() {
    var result =
        vault(dir, "a.md", "[[b]] [[a]] [[#Top]]\n# Top\nx\n", "b.md", "[[c]]\n", "c.md", "x\n")
            .check();

    assertEquals(
        List.of(
            "a.md:1:1: info: [orphan] no other note links to this note; link to it from a related"
                + " note so readers can find it"),
        result.lines("orphan"));
  }

  @Test
  void asksForTranslationsOnlyWhenTheVaultHasSome() {
    var untranslated = vault(dir, "a.md", "[[b]]\n", "b.md", "[[a]]\n").check();
    assertEquals(List.of(), untranslated.lines("missing-translation"));

    var result =
        vault(
                dir.resolve("second"),
                "es/Caja.md",
                "---\ntranslationKey: box\n---\n[[Box]] [[Solo]]\n",
                "en/Box.md",
                "---\ntranslationKey: box\n---\n[[Caja]]\n",
                "es/Solo.md",
                "[[Caja]]\n")
            .check();
    assertEquals(
        List.of(
            "es/Solo.md:1:1: info: [missing-translation] this es note has no translation into en,"
                + " while other notes are paired across languages (en, es); once it is translated,"
                + " link the two with \"translations:\" or \"translationKey:\" in the frontmatter"),
        result.lines("missing-translation"));
  }

  @Test
  void reportsASecondNoteWithTheSameTitleButNotATranslation() {
    var result =
        vault(
                dir,
                "a.md",
                "# Ownership\n[[b]] [[c]] [[es/Box]] [[en/Box]]\n",
                "b.md",
                "---\ntitle: ownership\n---\n[[a]]\n",
                "c.md",
                "text\n\n# Ównership\n[[a]]\n",
                "es/Box.md",
                "---\ntranslationKey: box\ntitle: Box\n---\n[[a]]\n",
                "en/Box.md",
                "---\ntranslationKey: box\ntitle: Box\n---\n[[a]]\n")
            .check();

    assertEquals(
        List.of(
            "b.md:1:1: info: [duplicate-title] the title \"ownership\" is also the title of \""
                + result.prefix()
                + "a.md\", so readers and search cannot tell the two apart; give one of them"
                + " another title (title: in its frontmatter)",
            "c.md:3:1: info: [duplicate-title] the title \"Ównership\" is also the title of \""
                + result.prefix()
                + "a.md\", so readers and search cannot tell the two apart; give one of them"
                + " another title (title: in its frontmatter)"),
        result.lines("duplicate-title"));
    assertEquals("ownership", result.findings("duplicate-title").get(1).anchor());
  }

  @Test
  void reportsAliasesSharedByTwoNotesOrEqualToANoteName() {
    var result =
        vault(
                dir,
                "a.md",
                "---\naliases: [Owner, Box, a]\n---\n[[b]] [[Box]]\n",
                "b.md",
                "---\naliases: [owner]\n---\n[[a]]\n",
                "Box.md",
                "[[a]]\n")
            .check();

    assertEquals(
        List.of(
            "a.md:1:1: info: [duplicate-alias] the alias \"Box\" is also the name of the note"
                + " \"Box.md\", so [[Box]] leads to that note, never to this one; remove the"
                + " alias",
            "b.md:1:1: info: [duplicate-alias] the alias \"owner\" is also an alias of \""
                + result.prefix()
                + "a.md\", so [[owner]] can lead to only one of them; keep it on one note"),
        result.lines("duplicate-alias"));
    assertEquals(
        List.of("Box", "owner"),
        result.findings("duplicate-alias").stream().map(Finding::subject).toList());
  }
}
