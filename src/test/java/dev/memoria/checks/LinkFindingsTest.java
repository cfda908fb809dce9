package dev.memoria.checks;

import static dev.memoria.checks.CheckFixture.id;
import static dev.memoria.checks.CheckFixture.vault;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings about links, through the real parser and resolver (obsidian-link-rules.md). */
class LinkFindingsTest {

  @TempDir Path dir;

  @Test
  void reportsALinkToNoNoteWithWhereAndWhatWasWritten() {
    var result = vault(dir, "a.md", "Intro\n\nSee [[Nowhere at all]] now.\n").check();

    Finding finding = result.only("broken-link");
    assertEquals(
        "a.md:3:5: error: [broken-link] no note named \"Nowhere at all\"; write that note or"
            + " correct the link",
        result.line(finding));
    assertEquals("[[Nowhere at all]]", finding.subject());
    assertEquals("m_3_5", finding.anchor());
    assertEquals(Optional.of(id("a.md")), finding.note());
    assertEquals(List.of(), finding.suggestions());
  }

  @Test
  void suggestsTheNoteNameForATypo() {
    var result = vault(dir, "a.md", "[[Ownrship]]\n", "Rust/Ownership.md", "x\n").check();

    Finding finding = result.only("broken-link");
    assertEquals(List.of("Ownership"), finding.suggestions());
    assertEquals(
        "a.md:1:1: error: [broken-link] no note named \"Ownrship\"; did you mean \"Ownership\"?",
        result.line(finding));
  }

  @Test
  void suggestsAcrossAccentsAndCase() {
    var result =
        vault(
                dir,
                "a.md",
                "[[Gestion de memoria]] and [[gestión DE MEMORIA]]\n",
                "Gestión de memoria.md",
                "x\n")
            .check();

    List<Finding> broken = result.findings("broken-link");
    assertEquals(1, broken.size(), result.lines().toString());
    assertEquals(List.of("Gestión de memoria"), broken.get(0).suggestions());
    assertEquals("[[Gestion de memoria]]", broken.get(0).subject());
  }

  @Test
  void writesAnAmbiguousSuggestionWithItsPath() {
    var result =
        vault(dir, "a.md", "[[Boxx]]\n", "es/Box.md", "caja\n", "en/Box.md", "box\n").check();

    assertEquals(List.of("en/Box", "es/Box"), result.only("broken-link").suggestions());
  }

  @Test
  void suggestsTheNoteOfACloseAlias() {
    var result =
        vault(
                dir,
                "a.md",
                "[[Artifical Inteligence]]\n",
                "AI.md",
                "---\naliases: [Artificial Intelligence]\n---\ntext\n")
            .check();

    assertEquals(List.of("AI"), result.only("broken-link").suggestions());
  }

  @Test
  void suggestsNamesWrittenWithOtherSeparators() {
    var result = vault(dir, "a.md", "[[stack_and-heap]]\n", "Stack and Heap.md", "x\n").check();

    assertEquals(List.of("Stack and Heap"), result.only("broken-link").suggestions());
  }

  @Test
  void offersNothingForAFarName() {
    var result = vault(dir, "a.md", "[[Lifetimes]]\n", "Ownership.md", "x\n").check();

    assertEquals(List.of(), result.only("broken-link").suggestions());
  }

  @Test
  void resolvesNamesCaseInsensitivelyWithoutFindings() {
    var result =
        vault(dir, "a.md", "[[OWNERSHIP]] [[rust/ownership]]\n", "Rust/Ownership.md", "[[a]]\n")
            .check();

    assertEquals(List.of(), result.lines());
  }

  @Test
  void reportsAPathQualifiedLinkWhoseFolderIsWrong() {
    var result =
        vault(dir, "a.md", "[[Go/Ownership]] [[Rust/Ownership]]\n", "Rust/Ownership.md", "[[a]]\n")
            .check();

    Finding finding = result.only("broken-link");
    assertEquals("[[Go/Ownership]]", finding.subject());
    assertEquals(
        "a.md:1:1: error: [broken-link] no note named \"Go/Ownership\"; did you mean"
            + " \"Ownership\"?",
        result.line(finding));
  }

  @Test
  void reportsTheSameNameInTwoFoldersAsAmbiguous() {
    var result =
        vault(
                dir,
                "a.md",
                "[[Box]]\n",
                "es/Box.md",
                "[[a]]\n",
                "en/Box.md",
                "[[a]]\n",
                "es/b.md",
                "[[Box#Uso]]\n")
            .check();

    List<Finding> ambiguous = result.findings("ambiguous-link");
    assertEquals(
        List.of(
            "a.md:1:1: error: [ambiguous-link] \"Box\" names 2 notes; it leads to \"en/Box.md\""
                + " (Obsidian prefers the linking note's folder, then the shortest path), not"
                + " \"es/Box.md\"; write the path to say which: [[en/Box]] or [[es/Box]]",
            "es/b.md:1:1: error: [ambiguous-link] \"Box\" names 2 notes; it leads to"
                + " \"es/Box.md\" (Obsidian prefers the linking note's folder, then the shortest"
                + " path), not \"en/Box.md\"; write the path to say which: [[es/Box#Uso]] or"
                + " [[en/Box#Uso]]"),
        result.lines("ambiguous-link"));
    assertEquals(List.of("en/Box", "es/Box"), ambiguous.get(0).suggestions());
    assertEquals(List.of("es/Box#Uso", "en/Box#Uso"), ambiguous.get(1).suggestions());
  }

  @Test
  void acceptsAPathThatMakesTheNameUnique() {
    var result =
        vault(dir, "a.md", "[[es/Box]]\n", "es/Box.md", "[[a]]\n", "en/Box.md", "[[es/Box]]\n")
            .check();

    assertEquals(List.of(), result.lines("ambiguous-link"));
  }

  @Test
  void warnsThatAnAliasIsNotALinkTargetInObsidian() {
    var result =
        vault(
                dir,
                "a.md",
                "See [[AI]] and [[ai|the field]] and [[AI#History]].\n",
                "Artificial Intelligence.md",
                "---\naliases: [AI]\n---\n# History\ntext\n")
            .check();

    assertEquals(
        List.of(
            "a.md:1:5: warning: [alias-link] \"AI\" is an alias of \"Artificial Intelligence\";"
                + " Obsidian does not resolve links to aliases: write [[Artificial"
                + " Intelligence|AI]]",
            "a.md:1:16: warning: [alias-link] \"ai\" is an alias of \"Artificial Intelligence\";"
                + " Obsidian does not resolve links to aliases: write [[Artificial"
                + " Intelligence|the field]]",
            "a.md:1:37: warning: [alias-link] \"AI\" is an alias of \"Artificial Intelligence\";"
                + " Obsidian does not resolve links to aliases: write [[Artificial"
                + " Intelligence#History|AI]]"),
        result.lines("alias-link"));
    assertEquals(
        List.of("Artificial Intelligence#History"),
        result.findings("alias-link").get(2).suggestions());
  }

  @Test
  void writesTheAliasFixAsAMarkdownLinkForMarkdownLinks() {
    var result =
        vault(
                dir,
                "a.md",
                "[the field](AI)\n",
                "Artificial Intelligence.md",
                "---\naliases: [AI]\n---\ntext\n")
            .check();

    assertEquals(
        List.of(
            "a.md:1:1: warning: [alias-link] \"AI\" is an alias of \"Artificial Intelligence\";"
                + " Obsidian does not resolve links to aliases: write [the"
                + " field](Artificial%20Intelligence.md)"),
        result.lines("alias-link"));
  }

  @Test
  void reportsLinksToDraftsAndUnpublishedNotesWithTheReason() {
    var result =
        vault(
                dir,
                "a.md",
                "[[Plans]]\n[[Secret]]\n",
                "Plans.md",
                "---\ndraft: true\n---\nx\n",
                "Secret.md",
                "---\npublish: false\n---\nx\n")
            .check();

    List<String> lines = result.lines("unpublished-link");
    assertEquals(2, lines.size(), result.lines().toString());
    assertEquals(
        "a.md:1:1: error: [unpublished-link] \""
            + result.prefix()
            + "Plans.md\" is a draft"
            + " (draft: true in its frontmatter), so it is not on the site and this link leads"
            + " nowhere; publish it by removing draft: true (or build with --drafts), or remove"
            + " the link",
        lines.get(0));
    assertEquals(
        "a.md:2:1: error: [unpublished-link] \""
            + result.prefix()
            + "Secret.md\" has publish:"
            + " false in its frontmatter, so it is not on the site and this link leads nowhere;"
            + " remove publish: false from it, or remove the link",
        lines.get(1));
  }

  @Test
  void acceptsLinksToDraftsWhenDraftsArePublished() {
    var result =
        vault(dir, "a.md", "[[Plans]]\n", "Plans.md", "---\ndraft: true\n---\n[[a]]\n")
            .drafts()
            .check();

    assertEquals(List.of(), result.lines());
  }

  @Test
  void suggestsTheClosestHeadingOfTheTargetNote() {
    var result =
        vault(
                dir,
                "a.md",
                "[[Box#Usage exmples]]\n",
                "Box.md",
                "[[a]]\n# Box\nx\n## Usage examples\nx\n## Usage\nx\n")
            .check();

    Finding finding = result.only("missing-heading");
    assertEquals(List.of("Box#Usage examples"), finding.suggestions());
    assertEquals(
        "a.md:1:1: error: [missing-heading] \"Box\" has no heading \"Usage exmples\"; did you mean"
            + " \"Box#Usage examples\"?",
        result.line(finding));
  }

  @Test
  void matchesHeadingsWithPunctuationAndAccentsAsObsidianDoes() {
    var result =
        vault(
                dir,
                "a.md",
                "[[Box#¿Qué es ownership]] [[Box#What is `Box<T>`?]] [[Box#Que es ownership]]\n",
                "Box.md",
                "[[a]]\n## ¿Qué es *ownership*?\nx\n## What is `Box<T>`?\ny\n")
            .check();

    Finding finding = result.only("missing-heading");
    assertEquals("[[Box#Que es ownership]]", finding.subject());
    assertEquals(List.of("Box#¿Qué es ownership?"), finding.suggestions());
  }

  @Test
  void suggestsHeadingLinksThatResolve() {
    String box = "[[a]]\n## Using [[Box|boxes]] and `#tags`\nx\n## ¿Qué es *ownership*?\ny\n";
    var typos =
        vault(
                dir,
                "a.md",
                "[[Box#Using Box boxes and tag]] [[Box#Que es ownership]]\n",
                "Box.md",
                box)
            .check();
    List<String> suggested =
        typos.findings("missing-heading").stream()
            .flatMap(finding -> finding.suggestions().stream())
            .toList();
    assertEquals(List.of("Box#Using Box boxes and tags", "Box#¿Qué es ownership?"), suggested);

    String links = String.join(" ", suggested.stream().map(s -> "[[" + s + "]]").toList());
    var fixed = vault(dir.resolve("fixed"), "a.md", links + "\n", "Box.md", box).check();
    assertEquals(List.of(), fixed.lines("missing-heading"));
  }

  @Test
  void listsTheHeadingsWhenNoneIsClose() {
    var result =
        vault(
                dir,
                "a.md",
                "[[Box#Zebra]] [[Empty#Zebra]]\n",
                "Box.md",
                "[[a]]\n## One\nx\n## Two\ny\n",
                "Empty.md",
                "[[a]]\n")
            .check();

    assertEquals(
        List.of(
            "a.md:1:1: error: [missing-heading] \"Box\" has no heading \"Zebra\"; its headings are"
                + " \"One\" and \"Two\"",
            "a.md:1:15: error: [missing-heading] \"Empty\" has no headings; link to the note"
                + " itself: [[Empty]]"),
        result.lines("missing-heading"));
  }

  @Test
  void checksHeadingLinksWithinTheSameNote() {
    var result =
        vault(dir, "a.md", "# Top\n[[#Top]] [[#Bottom]] [[#Topp]]\n## Bottom line\nx\n").check();

    assertEquals(
        List.of(
            "a.md:2:10: error: [missing-heading] this note has no heading \"Bottom\"; its headings"
                + " are \"Top\" and \"Bottom line\"",
            "a.md:2:22: error: [missing-heading] this note has no heading \"Topp\"; did you mean"
                + " \"#Top\"?"),
        result.lines("missing-heading"));
  }

  @Test
  void listsBlockIdsClosestFirstForAMissingBlock() {
    var result =
        vault(
                dir,
                "a.md",
                "[[Box#^intro-2]] [[Box#^INTRO-2]] [[Box#^Intro]]\n",
                "Box.md",
                "[[a]]\n\nFirst. ^intro-2\n\nSecond. ^zeta\n\nThird. ^intra\n")
            .check();

    Finding finding = result.only("missing-block");
    assertEquals("[[Box#^Intro]]", finding.subject());
    assertEquals(
        "a.md:1:35: error: [missing-block] \"Box\" has no block \"^Intro\"; did you mean"
            + " \"Box#^intra\"? Its block ids, closest first: ^intra, ^intro-2, ^zeta",
        result.line(finding));
    assertEquals(List.of("Box#^intra", "Box#^intro-2", "Box#^zeta"), finding.suggestions());
  }

  @Test
  void suggestsAddingABlockIdWhenTheNoteHasNone() {
    var result = vault(dir, "a.md", "[[Box#^x1]]\n", "Box.md", "[[a]]\n").check();

    assertEquals(
        "a.md:1:1: error: [missing-block] \"Box\" has no block \"^x1\" and no block ids at all;"
            + " add \" ^x1\" at the end of the paragraph you mean",
        result.line(result.only("missing-block")));
  }

  @Test
  void reportsEmbedsOfMissingNotesAndAttachments() {
    var result =
        vault(
                dir,
                "a.md",
                "![[Diagramm]]\n\n![[figure.png]]\n\n[[report.pdf]]\n\n![[here.png]]\n",
                "Diagram.md",
                "[[a]]\n",
                "here.png",
                "png")
            .check();

    assertEquals(
        List.of(
            "a.md:1:1: error: [broken-embed] no note named \"Diagramm\" to embed; did you mean"
                + " \"Diagram\"?",
            "a.md:3:1: error: [broken-embed] no file named \"figure.png\" to embed in the vault;"
                + " add the file or correct the name (with its extension)",
            "a.md:5:1: error: [broken-link] no file named \"report.pdf\" in the vault; add the file"
                + " or correct the name (with its extension)"),
        result.lines().stream().filter(line -> line.contains("[broken-")).toList());
  }

  @Test
  void checksMarkdownLinksToo() {
    var result =
        vault(dir, "a.md", "[the box](Boxx.md) and [ok](Box.md)\n", "Box.md", "[[a]]\n").check();

    Finding finding = result.only("broken-link");
    assertEquals("[the box](Boxx.md)", finding.subject());
    assertEquals(List.of("Box"), finding.suggestions());
  }

  @Test
  void ignoresLinksInsideCode() {
    var result =
        vault(
                dir,
                "a.md",
                "Text `[[Inline]]` here.\n\n```\n[[Fenced]]\n![[fenced.png]]\n```\n\n"
                    + "    [[Indented]]\n\n%% [[Commented]] %%\n",
                "b.md",
                "[[a]]\n")
            .check();

    assertEquals(
        List.of(),
        result.codes().stream().filter(code -> !code.equals("orphan")).toList(),
        result.lines().toString());
  }

  @Test
  void reportsEveryOccurrenceOfTheSameBrokenLink() {
    var result = vault(dir, "a.md", "[[Gone]] and [[Gone]]\n\n[[Gone]]\n").check();

    assertEquals(
        List.of("m_1_1", "m_1_14", "m_3_1"),
        result.findings("broken-link").stream().map(Finding::anchor).toList());
  }
}
