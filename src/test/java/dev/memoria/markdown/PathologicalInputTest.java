package dev.memoria.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.IndentedCodeBlock;
import dev.memoria.core.Diagnostics;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * cmark's pathological inputs (test/pathological_tests.py), at cmark's sizes. Each must parse in a
 * few seconds without a {@link StackOverflowError}; surefire runs with the production {@code
 * -Xss4m}.
 */
class PathologicalInputTest {

  /**
   * A bound that tells "finishes" from "hangs or goes quadratic", not a speed goal (those live in
   * the benchmark): the slowest case takes 1–5 s on a loaded 2-core machine, a quadratic one
   * minutes.
   */
  private static final Duration LIMIT = Duration.ofSeconds(30);

  private static ParsedNote parseInTime(String body) {
    return assertTimeoutPreemptively(
        LIMIT, () -> Notes.PARSER.parse(Notes.source("p.md", body), new Diagnostics()));
  }

  @Test
  void fiftyThousandOpeningBrackets() {
    parseInTime("[".repeat(50_000));
  }

  @Test
  void nestedBrackets() {
    parseInTime("[".repeat(50_000) + "a" + "]".repeat(50_000));
  }

  @Test
  void tenThousandNestedQuotes() {
    ParsedNote note = parseInTime("> ".repeat(10_000) + "a");
    assertEquals("a", NoteTree.plainText(note.document()).strip());
  }

  @Test
  void fiftyThousandNestedQuotes() {
    parseInTime("> ".repeat(50_000) + "a");
  }

  @Test
  void thousandDeepLists() {
    parseInTime(
        IntStream.range(0, 1000)
            .mapToObj(i -> "  ".repeat(i) + "* a\n")
            .collect(Collectors.joining()));
  }

  @Test
  void thousandNestedListsOnOneLine() {
    parseInTime("- ".repeat(1000) + "a");
  }

  @Test
  void sixtyFiveThousandStars() {
    parseInTime("*".repeat(65_000));
    parseInTime("a " + "*".repeat(65_000));
  }

  @Test
  void nestedStrongEmphasis() {
    parseInTime("*a **a ".repeat(65_000) + "b" + " a** a*".repeat(65_000));
  }

  @Test
  void unmatchedEmphasisOpenersAndClosers() {
    parseInTime("_a ".repeat(65_000));
    parseInTime("a_ ".repeat(65_000));
    parseInTime("*a_ ".repeat(50_000));
    parseInTime("a**b" + "c* ".repeat(50_000));
  }

  @Test
  void linkOpenersAndEmphasisClosers() {
    parseInTime("[ a_".repeat(50_000));
  }

  @Test
  void unclosedLinks() {
    parseInTime("[a](<b".repeat(30_000));
    parseInTime("[a](b".repeat(30_000));
  }

  @Test
  void manyReferenceDefinitions() {
    String definitions =
        IntStream.range(1, 80_000).mapToObj(i -> "[" + i + "]: u\n").collect(Collectors.joining());
    Diagnostics diagnostics = new Diagnostics();
    assertTimeoutPreemptively(
        LIMIT,
        () ->
            Notes.PARSER.parse(
                Notes.source("r.md", definitions + "[0] ".repeat(1200)), diagnostics));
    assertEquals("too-many-references", diagnostics.all().get(0).code());
  }

  @Test
  void unclosedWikiLinksAndEmbeds() {
    parseInTime("[[".repeat(50_000));
    parseInTime("![[".repeat(30_000) + "x]]");
    ParsedNote nested = parseInTime("[[".repeat(30_000) + "x" + "]]".repeat(30_000));
    assertEquals(1, nested.links().size());
  }

  @Test
  void unclosedObsidianMarks() {
    parseInTime("$a ".repeat(50_000));
    parseInTime("$$a ".repeat(50_000));
    parseInTime("%%" + " a %".repeat(50_000));
    parseInTime("==a ".repeat(50_000));
    parseInTime("#a ".repeat(50_000));
    parseInTime("^a ".repeat(50_000));
    parseInTime("> [!note] ".repeat(10_000) + "x");
    parseInTime("$$\n".repeat(20_000));
  }

  @Test
  void nulCharacters() {
    ParsedNote note = parseInTime("a\u0000b [[x\u0000]] ".repeat(10_000));
    assertEquals(10_000, note.links().size());
    assertTrue(note.document().getChars().indexOf('\u0000') < 0);
  }

  @Test
  void longRunsOfBackticksAndHtmlComments() {
    parseInTime("e" + "`".repeat(50_000) + "e");
    parseInTime("<!--".repeat(50_000));
    parseInTime("</" + "<!-- ".repeat(50_000));
  }

  @Test
  void showsANoteAsPlainTextWhenFlexmarkRunsOutOfStack() {
    // flexmark's link-title regular expression recurses once per character.
    String body = "Intro [[Link]]\n\n[a](b \"" + "x".repeat(50_000) + "\")\n";
    Diagnostics diagnostics = new Diagnostics();
    ParsedNote note =
        assertTimeoutPreemptively(
            LIMIT, () -> Notes.PARSER.parse(Notes.source("t.md", body), diagnostics));
    assertEquals("too-complex", diagnostics.all().get(0).code());
    assertInstanceOf(IndentedCodeBlock.class, note.document().getFirstChild());
    assertEquals(
        body, ((IndentedCodeBlock) note.document().getFirstChild()).getContentChars().toString());
    assertTrue(note.links().isEmpty());
    assertEquals("t", note.title());
  }

  @Test
  void aLongParagraphOfLinesStartingWithDigits() {
    parseInTime("1 2 3\n".repeat(50_000));
  }
}
