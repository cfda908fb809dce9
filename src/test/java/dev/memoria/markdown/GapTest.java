package dev.memoria.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.ast.Node;
import dev.memoria.core.Diagnostics;
import dev.memoria.markdown.Gap.Kind;
import dev.memoria.markdown.ParsedNote.TitleSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GapTest {

  // ---------------------------------------------------------------- one line

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "//TODO                     | TODO",
        "// TODO                    | TODO",
        "//  TODO: write the intro  | TODO",
        "TODO                       | TODO",
        "TODO:                      | TODO",
        "TODO: explain borrowing    | TODO",
        "TODO explain borrowing     | TODO",
        "TODO(ana): ask             | TODO",
        "TODO.                      | TODO",
        "FIXME                      | TODO",
        "FIXME: wrong numbers       | TODO",
        "TBD                        | TODO",
        "XXX check this             | TODO",
        "PENDIENTE                  | TODO",
        "PENDIENTE: ejemplos        | TODO",
        "POR HACER                  | TODO",
        "POR  HACER: ejemplos       | TODO",
        "//FIXME                    | TODO",
        "//PICTURE OF FLOW          | PLACEHOLDER",
        "// diagram here            | PLACEHOLDER",
        "//todo in lower case       | PLACEHOLDER",
        "// see example.com/x       | PLACEHOLDER",
        "//NOTE: picture            | PLACEHOLDER",
        "//TODOS                    | PLACEHOLDER",
        "//example.com/x            | NONE",
        "//example.com              | NONE",
        "//localhost:8080           | NONE",
        "//cdn/lib.js               | NONE",
        "///                        | NONE",
        "////// rule                | NONE",
        "//                         | NONE",
        "TODOS los días             | NONE",
        "Todo bien                  | NONE",
        "todo: lower case           | NONE",
        "TODO-list app              | NONE",
        "TBDs                       | NONE",
        "PORHACER                   | NONE",
        "POR favor                  | NONE",
        "The TODO list              | NONE",
        "See //TODO later           | NONE",
        "- [ ] TODO                 | NONE",
        "**TODO**                   | NONE",
        "/ TODO                     | NONE",
      })
  void recognisesMarkersAtTheStartOfALine(String line, String expected) {
    Optional<Kind> kind = GapMarkers.kind(line);
    assertEquals(expected, kind.map(Kind::name).orElse("NONE"));
  }

  // ---------------------------------------------------------------- in notes

  @Test
  void findsEveryMarkerLineOfProseWithItsPositionAndAnchor() {
    ParsedNote note =
        Notes.parse(
            """
            # Title

            Intro.
            //PICTURE OF FLOW
            More text.

              TODO: indented a little
            """);
    assertEquals(
        List.of(
            new Gap(Kind.PLACEHOLDER, "//PICTURE OF FLOW", note.source().pos(4, 1), "gap_4"),
            new Gap(Kind.TODO, "TODO: indented a little", note.source().pos(7, 3), "gap_7")),
        note.gaps());
  }

  @Test
  void reportsFileLinesAfterFrontmatter() {
    ParsedNote note =
        Notes.PARSER.parse(
            Notes.source("a.md", "Text\n\n//TODO\n", 4, Notes.titled("A")), new Diagnostics());
    assertEquals(List.of("notes/a.md:6:1 gap_6"), describe(note));
  }

  @Test
  void findsMarkersInListItemsQuotesAndCallouts() {
    ParsedNote note =
        Notes.parse(
            """
            # Title

            - item
              //TODO in an item
            - FIXME
            1. one
            2. TBD: the second

            > quoted
            > // picture of the stack

            > [!note] Title
            > XXX callout body
            """);
    assertEquals(
        List.of(
            "notes/note.md:4:3 gap_4",
            "notes/note.md:5:3 gap_5",
            "notes/note.md:7:4 gap_7",
            "notes/note.md:10:3 gap_10",
            "notes/note.md:13:3 gap_13"),
        describe(note));
    assertEquals(
        List.of(Kind.TODO, Kind.TODO, Kind.TODO, Kind.PLACEHOLDER, Kind.TODO),
        note.gaps().stream().map(Gap::kind).toList());
  }

  @Test
  void ignoresMarkersThatAreNotLinesOfProse() {
    ParsedNote note =
        Notes.parse(
            """
            # TODO in a heading

            ```rust
            // TODO in code
            //PICTURE
            ```

                //TODO indented code

            `code span
            //TODO` and $math
            TODO$ and %%comment
            FIXME%% and <span title="a
            TODO b"> and ![alt
            TODO](img.png)

            <div>
            TODO in HTML
            </div>

            %%
            //TODO in a comment block
            %%

            $$
            TODO
            $$

            - [ ] TODO: a task
            - [x] FIXME done

            | TODO | b |
            |---|---|
            | //TODO | x |

            Text with a footnote[^1].

            [^1]: TODO in a footnote

            A sentence with TODO in it, and //TODO too.
            """);
    assertEquals(List.of(), describe(note));
  }

  @Test
  void findsAMarkerLineThatStartsInsideEmphasis() {
    ParsedNote note = Notes.parse("# T\n\n*Intro\nTODO: more* text\n");
    assertEquals(List.of("notes/note.md:4:1 gap_4"), describe(note));
  }

  @Test
  void countsColumnsInCharactersAfterWideCharacters() {
    ParsedNote note = Notes.parse("# T\n\n> 😀 quote\n> //TODO\n");
    assertEquals(List.of("notes/note.md:4:3 gap_4"), describe(note));
  }

  @Test
  void neverTakesAMarkerLineAsTheTitle() {
    ParsedNote note = Notes.parse("doc.md", "//TODO\n\nText.\n");
    assertEquals(TitleSource.FILE_NAME, note.titleSource());
    assertEquals("doc", note.title());
    assertEquals(List.of("notes/doc.md:1:1 gap_1"), describe(note));
  }

  @Test
  void findsTheGapsOfTheRealNotes() {
    for (String name : Notes.realNames()) {
      ParsedNote note = Notes.PARSER.parse(Notes.real(name), new Diagnostics());
      if (!name.equals("Rust memory management - CodeSandwich.md")) {
        assertEquals(List.of(), note.gaps(), name);
        continue;
      }
      List<Integer> placeholders = new ArrayList<>();
      List<Integer> todos = new ArrayList<>();
      for (Gap gap : note.gaps()) {
        assertEquals(1, gap.pos().column());
        assertEquals("notes/" + name, gap.pos().file());
        assertEquals("gap_" + gap.pos().line(), gap.anchor());
        if (gap.kind() == Kind.PLACEHOLDER) {
          assertEquals("//PICTURE OF FLOW", gap.text());
          placeholders.add(gap.pos().line());
        } else {
          assertEquals("//TODO", gap.text());
          todos.add(gap.pos().line());
        }
      }
      // Scenario blocks stand where the note said //PICTURE OF FLOW; their // comments are code.
      assertEquals(List.of(), placeholders);
      assertEquals(List.of(106, 108, 110, 112, 114, 116, 118, 120, 122, 124, 126, 131), todos);
    }
  }

  @Test
  void findsEveryGapOfAHugeNoteOnceAndNoneInsideItsCodeSpan() {
    String body = "Text\n//TODO\n".repeat(50_000) + "`" + "\n//TODO".repeat(50_000) + "`\n";
    ParsedNote note = Notes.parse(body);
    assertEquals(50_000, note.gaps().size());
  }

  @Test
  void mapsGapsBackToTheNodesThatHoldThem() {
    ParsedNote note = Notes.parse("# T\n\nText\n//TODO\n");
    NotePositions positions = NotePositions.of(note);
    Node paragraph = note.document().getLastChild();
    Node first = paragraph.getFirstChild();
    Node last = paragraph.getLastChild();
    assertEquals(Optional.empty(), positions.gapIn(first));
    assertEquals(Optional.of(note.gaps().get(0)), positions.gapIn(last));
    assertEquals(Optional.of(note.gaps().get(0)), positions.gapIn(paragraph));
    assertEquals(note.source().pos(4, 1), positions.pos(last));
  }

  private static List<String> describe(ParsedNote note) {
    return note.gaps().stream()
        .map(gap -> gap.pos() + " " + gap.anchor())
        .collect(Collectors.toList());
  }
}
