package dev.memoria.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;
import dev.memoria.core.Diagnostic;
import dev.memoria.core.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObsidianSyntaxTest {

  // ---------------------------------------------------------------- callouts

  @Test
  void readsCalloutTypeFoldAndTitle() {
    ParsedNote note = Notes.parse("> [!WARNING]- Be *careful* [[Box]]\n> body\n");
    Callout callout = NodesOf.find(note, Callout.class).get(0);
    assertEquals("warning", callout.type());
    assertEquals(Callout.Fold.CLOSED, callout.fold());
    assertEquals("Be careful Box", NoteTree.plainText(callout.title()));
    assertInstanceOf(Paragraph.class, callout.title().getNext());
    assertEquals("body", NoteTree.plainText(callout.title().getNext()));
    assertEquals(List.of("Box"), note.links().stream().map(l -> l.key().path()).toList());
  }

  @Test
  void givesUntitledCalloutsTheCapitalisedType() {
    Callout callout = NodesOf.find(Notes.parse("> [!tip]\n> text\n"), Callout.class).get(0);
    assertEquals(Callout.Fold.NONE, callout.fold());
    assertTrue(callout.title().getFirstChild() == null);
    assertEquals("Tip", callout.defaultTitle());
  }

  @Test
  void sanitisesTheCalloutType() {
    Callout callout =
        NodesOf.find(Notes.parse("> [!My \"><Type>]+ T\n> x\n"), Callout.class).get(0);
    assertEquals("my-type", callout.type());
    assertEquals(Callout.Fold.OPEN, callout.fold());
    assertEquals("note", CalloutParser.sanitizeType("<>"));
  }

  @Test
  void aQuoteWithoutTheMarkerOnItsFirstLineIsAPlainQuote() {
    ParsedNote note = Notes.parse("> text\n> [!note] later\n");
    assertTrue(NodesOf.find(note, Callout.class).isEmpty());
    assertEquals(1, NodesOf.find(note, BlockQuote.class).size());
  }

  @Test
  void nestsCallouts() {
    ParsedNote note = Notes.parse("> [!note] Outer\n> > [!tip] Inner\n> > text\n");
    List<Callout> callouts = NodesOf.find(note, Callout.class);
    assertEquals(2, callouts.size());
    assertEquals(callouts.get(0), callouts.get(1).getParent());
  }

  // ---------------------------------------------------------------- comments

  @Test
  void commentsAreNodesThatHideTheirContent() {
    ParsedNote note = Notes.parse("shown %%hidden [[x]]%% shown\n\n%%\nblock [[y]]\n\nstill\n%%\n");
    assertEquals(1, NodesOf.find(note, Comment.class).size());
    assertEquals(1, NodesOf.find(note, CommentBlock.class).size());
    assertTrue(note.links().isEmpty());
    assertEquals("shown  shown", NoteTree.plainText(note.document().getFirstChild()));
  }

  @Test
  void anUnclosedInlineCommentIsText() {
    ParsedNote note = Notes.parse("50%% off");
    assertTrue(NodesOf.find(note, Comment.class).isEmpty());
  }

  @Test
  void warnsAboutAnUnclosedBlockComment() {
    Diagnostics diagnostics = new Diagnostics();
    Notes.PARSER.parse(Notes.source("c.md", "text\n\n%%\nrest of the note\n"), diagnostics);
    Diagnostic warning = diagnostics.all().get(0);
    assertEquals("unclosed-comment", warning.code());
    assertEquals(3, warning.pos().line());
  }

  // ---------------------------------------------------------------- highlights and tags

  @Test
  void readsHighlights() {
    ParsedNote note = Notes.parse("a ==marked **bold**== b and x == y");
    List<Highlight> marks = NodesOf.find(note, Highlight.class);
    assertEquals(1, marks.size());
    assertEquals("marked bold", NoteTree.plainText(marks.get(0)));
  }

  @Test
  void readsInlineTagsByObsidianRules() {
    ParsedNote note =
        Notes.parse(
            "#start then #rust/memory, #año #snake_case #kebab-case #a1 #123 x#no (#no) "
                + "C#sharp `#code` [#linktext](https://x.org/#frag) #trailing/\n\n# Heading #inh");
    assertEquals(
        List.of("start", "rust/memory", "año", "snake_case", "kebab-case", "a1", "trailing", "inh"),
        NodesOf.find(note, Tag.class).stream().map(Tag::name).toList());
  }

  @Test
  void putsFrontmatterTagsFirstAndRemovesDuplicatesIgnoringCase() {
    ParsedNote note =
        Notes.PARSER.parse(
            Notes.source(
                "t.md", "#Rust #new #NEW", 1, Notes.frontmatter(List.of("rust", "#basic"))),
            new Diagnostics());
    assertEquals(List.of("rust", "basic", "new"), note.tags());
  }

  // ---------------------------------------------------------------- block ids

  @Test
  void attachesTrailingBlockIdsToParagraphsHeadingsAndListItems() {
    ParsedNote note = Notes.parse("Para text ^P1\n\n## Head ^h\n\n- item ^li\n  - nested\n");
    assertEquals(List.of("p1", "h", "li"), note.blockIds());
    Node paragraph = note.document().getFirstChild();
    assertEquals(java.util.Optional.of("p1"), BlockId.of(paragraph));
    assertEquals("Para text", NoteTree.plainText(paragraph));
    BulletListItem item = NodesOf.find(note, BulletListItem.class).get(0);
    assertEquals(java.util.Optional.of("li"), BlockId.of(item));
    assertEquals("Head", note.headings().get(0).source());
  }

  @Test
  void aBlockIdOnItsOwnLineNamesThePreviousBlock() {
    ParsedNote note =
        Notes.parse(
            "> quote\n\n^q\n\n- a\n- b\n\n^list\n\n| a |\n|---|\n| 1 |\n^table\n\n^alone\ntext\n");
    assertEquals(List.of("q", "list", "table"), note.blockIds());
    assertEquals(
        java.util.Optional.of("q"), BlockId.of(NodesOf.find(note, BlockQuote.class).get(0)));
    assertEquals(
        java.util.Optional.of("list"), BlockId.of(NodesOf.find(note, BulletList.class).get(0)));
    assertEquals(
        java.util.Optional.of("table"), BlockId.of(NodesOf.find(note, TableBlock.class).get(0)));
    assertTrue(
        NodesOf.find(note, Text.class).stream()
            .anyMatch(t -> t.getChars().toString().equals("^alone")));
  }

  @Test
  void aLoneBlockIdAtTheStartNamesNothing() {
    ParsedNote note = Notes.parse("^first\n\ntext");
    assertTrue(note.blockIds().isEmpty());
    assertEquals("^first", NoteTree.plainText(note.document().getFirstChild()));
  }

  @Test
  void blockIdsNeedLatinLettersDigitsOrDashesAtTheEnd() {
    assertTrue(Notes.parse("text ^with_underscore").blockIds().isEmpty());
    assertTrue(Notes.parse("text ^id and more").blockIds().isEmpty());
    assertTrue(Notes.parse("word^glued").blockIds().isEmpty());
    assertEquals(List.of("ok"), Notes.parse("![[img.png]]^ok").blockIds());
  }

  @Test
  void warnsAboutARepeatedBlockId() {
    Diagnostics diagnostics = new Diagnostics();
    ParsedNote note =
        Notes.PARSER.parse(Notes.source("b.md", "one ^same\n\ntwo ^SAME\n"), diagnostics);
    assertEquals(List.of("same"), note.blockIds());
    assertEquals("duplicate-block-id", diagnostics.all().get(0).code());
    assertEquals(3, diagnostics.all().get(0).pos().line());
  }

  // ---------------------------------------------------------------- math and mermaid

  @Test
  void readsInlineMathByPandocRules() {
    ParsedNote note =
        Notes.parse(
            "$x^2$ and $a \\$ b$ and $$z$$\n\nnot $5 and $10\n\nnor $ x$\n\nnor \\$y$\n\nnor $a$5");
    List<InlineMath> math = NodesOf.find(note, InlineMath.class);
    assertEquals(List.of("x^2", "a \\$ b", "z"), math.stream().map(InlineMath::tex).toList());
    assertFalse(math.get(0).display());
    assertTrue(math.get(2).display());
    assertTrue(note.usesMath());
  }

  @Test
  void mathContentIsNeverMarkdown() {
    ParsedNote note = Notes.parse("$a *b* [[c]] #d$");
    assertEquals("a *b* [[c]] #d", NodesOf.find(note, InlineMath.class).get(0).tex());
    assertTrue(note.links().isEmpty());
    assertTrue(note.tags().isEmpty());
  }

  @Test
  void readsDisplayMathBlocksOnOneOrManyLines() {
    ParsedNote note = Notes.parse("$$\na *b*\n\nc\n$$\n\n$$ d $$\n\n> $$\n> e\n> $$\n");
    List<DisplayMath> blocks = NodesOf.find(note, DisplayMath.class);
    assertEquals(List.of("a *b*\n\nc", "d", "e"), blocks.stream().map(DisplayMath::tex).toList());
    assertTrue(blocks.stream().allMatch(DisplayMath::closed));
  }

  @Test
  void warnsAboutUnclosedDisplayMath() {
    Diagnostics diagnostics = new Diagnostics();
    Notes.PARSER.parse(Notes.source("m.md", "$$\nx\n"), diagnostics);
    assertEquals("unclosed-math", diagnostics.all().get(0).code());
  }

  @Test
  void flagsMermaidBlocks() {
    assertTrue(Notes.parse("```mermaid\ngraph TD\n```").usesMermaid());
    assertFalse(Notes.parse("```rust\nfn main() {}\n```").usesMermaid());
    assertFalse(Notes.parse("no math here, $5").usesMath());
  }
}
