package dev.memoria.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.core.Diagnostics;
import dev.memoria.markdown.ParsedNote.TitleSource;
import dev.memoria.vault.SourceNote;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NoteParserTest {

  // ---------------------------------------------------------------- titles

  @Test
  void takesTheTitleFromFrontmatterFirst() {
    ParsedNote note =
        Notes.PARSER.parse(
            Notes.source("a.md", "# Heading\n", 1, Notes.titled("From YAML")), new Diagnostics());
    assertEquals("From YAML", note.title());
    assertEquals(TitleSource.FRONTMATTER, note.titleSource());
  }

  @Test
  void takesTheFirstTopLevelH1AnywhereNext() {
    ParsedNote note = Notes.parse("Intro line\n\n## Two\n\n# The *Title*\n\n# Later\n");
    assertEquals("The Title", note.title());
    assertEquals(TitleSource.HEADING, note.titleSource());
    assertTrue(NoteTree.titleBlock(note).isEmpty(), "an H1 that is not first stays in the body");
  }

  @Test
  void takesAShortFirstLineNext() {
    ParsedNote note = Notes.parse("\n\nShort **first** line\n\nBody.\n");
    assertEquals("Short first line", note.title());
    assertEquals(TitleSource.FIRST_LINE, note.titleSource());
    assertEquals(note.document().getFirstChild(), NoteTree.titleBlock(note).get());
  }

  @Test
  void fallsBackToTheFileName() {
    assertEquals("two lines", titleOf("two lines.md", "Line one\nline two\n"));
    assertEquals("long", titleOf("long.md", "x".repeat(101)));
    assertEquals("embed", titleOf("embed.md", "![[image.png]]"));
    assertEquals("rule", titleOf("rule.md", "---\n\ntext"));
    assertEquals(TitleSource.FILE_NAME, Notes.parse("dir/empty.md", "").titleSource());
  }

  private static String titleOf(String path, String body) {
    ParsedNote note = Notes.parse(path, body);
    assertEquals(TitleSource.FILE_NAME, note.titleSource());
    return note.title();
  }

  @Test
  void titlesTheRealNotes() {
    assertTitle(
        "Gestión de memoria en Rust.md", "Gestión de memoria en Rust", TitleSource.FILE_NAME);
    assertTitle(
        "Memory Management in Rust.md", "Memory Management in Rust", TitleSource.FIRST_LINE);
    assertTitle("Stack & Heap.md", "Stack & Heap", TitleSource.FIRST_LINE);
    assertTitle("heap and stack in rust.md", "heap and stack in rust", TitleSource.HEADING);
    assertTitle(
        "Rust memory management - CodeSandwich.md",
        "Rust memory management - CodeSandwich",
        TitleSource.FRONTMATTER);
  }

  private static void assertTitle(String file, String title, TitleSource source) {
    ParsedNote note = Notes.PARSER.parse(Notes.real(file), new Diagnostics());
    assertEquals(title, note.title(), file);
    assertEquals(source, note.titleSource(), file);
  }

  @Test
  void readsTheRealNotesTagsAndLinks() {
    ParsedNote spanish =
        Notes.PARSER.parse(Notes.real("Gestión de memoria en Rust.md"), new Diagnostics());
    assertEquals(List.of("basic", "rust", "runtime"), spanish.tags());
    assertEquals(
        List.of("ownership", "references"),
        spanish.links().stream().map(l -> l.key().path()).toList());
    // Frontmatter is 6 lines, so body line 64 is file line 70.
    assertEquals(70, spanish.links().get(0).pos().line());
    assertEquals(26, spanish.links().get(0).pos().column());
  }

  // ---------------------------------------------------------------- headings

  @Test
  void listsOnlyTopLevelHeadings() {
    ParsedNote note =
        Notes.parse(
            "# One\n\n> ## In quote\n\n- ### In list\n\n> [!note]\n> #### In callout\n\nSetext\n===\n");
    assertEquals(List.of("One", "Setext"), note.headings().stream().map(Heading::text).toList());
  }

  @Test
  void keepsTheSourceWithoutMarksAndThePlainText() {
    Heading heading = Notes.parse("## The `hasTag()` **call** ##\n").headings().get(0);
    assertEquals(2, heading.level());
    assertEquals("The `hasTag()` **call**", heading.source());
    assertEquals("The hasTag() call", heading.text());
    assertEquals("the-hastag-call", heading.anchor());
  }

  @Test
  void makesAnchorsUniqueAndAvoidsBlockAndFootnoteIds() {
    ParsedNote note =
        Notes.parse(
            "# Intro\n\n## Intro\n\n## Intro\n\n## Block x\n\n## Fn 1\n\n## Fnref 2 3\n\n"
                + "## ?\n\ntext ^x\n");
    assertEquals(
        List.of("intro", "intro-1", "intro-2", "block-x-1", "fn-1-h", "fnref-2-3-h", "section"),
        note.headings().stream().map(Heading::anchor).toList());
    assertEquals(
        "intro-1",
        ((com.vladsch.flexmark.ast.Heading)
                note.document().getChildOfType(com.vladsch.flexmark.ast.Heading.class).getNext())
            .getAnchorRefId());
  }

  @Test
  void reportsHeadingLinesInTheFile() {
    ParsedNote note =
        Notes.PARSER.parse(
            Notes.source("h.md", "text\n\n# A\n\nB\n--\n", 4, Notes.titled("t")),
            new Diagnostics());
    assertEquals(List.of(6, 8), note.headings().stream().map(Heading::line).toList());
  }

  // ---------------------------------------------------------------- robustness and sharing

  @Test
  void replacesNulCharacters() {
    ParsedNote note = Notes.parse("a\u0000b [[x\u0000y]]");
    assertEquals("x\uFFFDy", note.links().get(0).key().path());
  }

  @Test
  void parsesInParallelWithTheSameResults() {
    List<SourceNote> sources =
        IntStream.range(0, 200)
            .mapToObj(
                i ->
                    Notes.source(
                        "n" + i + ".md",
                        "# Note "
                            + i
                            + "\n\nSee [[Other "
                            + i
                            + "#Part]] and #tag"
                            + i
                            + ".\n\n> [!note] T\n> x ^b"
                            + i
                            + "\n"))
            .toList();
    List<String> sequential =
        sources.stream().map(s -> summary(Notes.PARSER.parse(s, new Diagnostics()))).toList();
    List<String> parallel =
        sources.parallelStream()
            .map(s -> summary(Notes.PARSER.parse(s, new Diagnostics())))
            .toList();
    assertEquals(sequential, parallel);
  }

  private static String summary(ParsedNote note) {
    return note.title() + note.headings() + note.links() + note.tags() + note.blockIds();
  }

  // ---------------------------------------------------------------- scenario blocks

  @Test
  void collectsScenarioBlocksWithTheirFileLines() {
    ParsedNote note =
        Notes.PARSER.parse(
            Notes.source(
                "box.md",
                """
                Intro.

                ```rust memory id=box, steps=auto
                fn main() {
                    let b = Box::new(5); // @show
                }
                ```

                ```rust
                fn plain() {}
                ```

                > ```C memory
                > int main(void) { return 0; }
                > ```
                """,
                4,
                Notes.titled("Box")),
            new Diagnostics());
    List<ScenarioBlock> blocks = note.scenarios();
    assertEquals(2, blocks.size());
    ScenarioBlock rust = blocks.get(0);
    assertEquals(1, rust.index());
    assertEquals("rust", rust.lang());
    assertEquals(List.of("id=box", "steps=auto"), rust.options());
    assertEquals("box", rust.option("id").orElseThrow());
    assertEquals("fn main() {\n    let b = Box::new(5); // @show\n}\n", rust.code());
    assertEquals(6, rust.fence().line(), "the fence is on body line 3, file line 6");
    assertEquals("box.md:8:5", rust.pos(2, 5).toString().replace("notes/", ""));
    ScenarioBlock c = blocks.get(1);
    assertEquals("c", c.lang());
    assertEquals("int main(void) { return 0; }\n", c.code());
    assertEquals(c.fence().line() + 1, c.firstLine());
  }
}
