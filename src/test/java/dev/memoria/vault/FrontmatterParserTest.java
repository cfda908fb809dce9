package dev.memoria.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.core.Diagnostic;
import dev.memoria.core.Diagnostics;
import dev.memoria.core.Lang;
import dev.memoria.core.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontmatterParserTest {

  private static final String FILE = "notes/n.md";

  private final FrontmatterParser parser = new FrontmatterParser();
  private final Diagnostics diagnostics = new Diagnostics();

  private FrontmatterParser.Result parse(String text) {
    return parser.parse(text, FILE, diagnostics);
  }

  private Diagnostic only() {
    List<Diagnostic> all = diagnostics.all();
    assertEquals(1, all.size(), () -> "expected one diagnostic, got " + all);
    return all.get(0);
  }

  private static void assertAt(Diagnostic d, Severity severity, String code, int line, int column) {
    assertEquals(severity, d.severity(), d::format);
    assertEquals(code, d.code(), d::format);
    assertEquals(FILE, d.pos().file(), d::format);
    assertEquals(line, d.pos().line(), d::format);
    assertEquals(column, d.pos().column(), d::format);
  }

  @Test
  void readsKnownKeysAndStartsBodyAfterClosingLine() {
    FrontmatterParser.Result result =
        parse(
            """
            ---
            title: Gestión de memoria
            description: Cómo gestiona Rust la memoria
            permalink: rust/memoria
            translationKey: memory
            ---
            # Body
            """);
    Frontmatter fm = result.frontmatter();
    assertEquals(Optional.of("Gestión de memoria"), fm.title());
    assertEquals(Optional.of("Cómo gestiona Rust la memoria"), fm.description());
    assertEquals(Optional.of("rust/memoria"), fm.permalink());
    assertEquals(Optional.of("memory"), fm.translationKey());
    assertEquals("# Body\n", result.body());
    assertEquals(7, result.bodyLine());
    assertTrue(diagnostics.all().isEmpty(), diagnostics.all()::toString);
  }

  @Test
  void matchesKeysCaseInsensitivelyAndAcceptsSnakeCaseTranslationKey() {
    Frontmatter fm = parse("---\nTITLE: Box\nTranslation_Key: box\n---\n").frontmatter();
    assertEquals(Optional.of("Box"), fm.title());
    assertEquals(Optional.of("box"), fm.translationKey());
  }

  @Test
  void acceptsTrailingSpacesOnFencesAndDotsAsClosingLine() {
    FrontmatterParser.Result result = parse("---  \ntitle: T\n...\t\nbody");
    assertEquals(Optional.of("T"), result.frontmatter().title());
    assertEquals("body", result.body());
    assertEquals(4, result.bodyLine());
  }

  @Test
  void treatsUnclosedFrontmatterAsBodyWithoutDiagnostic() {
    String text = "---\ntitle: never closed\n\nSome text\n";
    FrontmatterParser.Result result = parse(text);
    assertEquals(Frontmatter.EMPTY, result.frontmatter());
    assertEquals(text, result.body());
    assertEquals(1, result.bodyLine());
    assertTrue(diagnostics.all().isEmpty());
  }

  @Test
  void needsFenceOnTheVeryFirstLine() {
    String text = "\n---\ntitle: x\n---\n";
    FrontmatterParser.Result result = parse(text);
    assertEquals(Frontmatter.EMPTY, result.frontmatter());
    assertEquals(text, result.body());
    assertEquals(1, result.bodyLine());
  }

  @Test
  void reportsMalformedYamlAtFileLineAndColumnAndKeepsTheBody() {
    FrontmatterParser.Result result =
        parse(
            """
            ---
            title: ok
            description: a: b
            ---
            Body text
            """);
    Diagnostic d = only();
    // "description: a: b" is line 3 of the file; the second colon is its 15th character.
    assertAt(d, Severity.ERROR, "frontmatter", 3, 15);
    assertEquals(
        "invalid YAML: mapping values are not allowed here; the note is built without its"
            + " frontmatter",
        d.message());
    assertEquals(Frontmatter.EMPTY, result.frontmatter());
    assertEquals("Body text\n", result.body());
    assertEquals(5, result.bodyLine());
  }

  @Test
  void reportsTabIndentationInOneLine() {
    parse("---\ntitle: x\n\tbad: 1\n---\n");
    Diagnostic d = only();
    assertAt(d, Severity.ERROR, "frontmatter", 3, 1);
    assertFalse(d.message().contains("\n"), d.message());
    assertTrue(d.message().contains("TAB"), d.message());
  }

  @Test
  void warnsOnDuplicateKeyAtItsLineAndKeepsTheLastValue() {
    Frontmatter fm = parse("---\ntitle: First\ntags: [a]\ntitle: Second\n---\n").frontmatter();
    assertEquals(Optional.of("Second"), fm.title());
    assertEquals(List.of("a"), fm.tags());
    Diagnostic d = only();
    assertAt(d, Severity.WARNING, "frontmatter-duplicate-key", 4, 1);
    assertTrue(d.message().contains("line 2"), d.message());
  }

  @Test
  void stopsBillionLaughsWithADiagnostic() {
    String bomb =
        """
        ---
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        title: Bomb
        ---
        body
        """;
    FrontmatterParser.Result result =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(bomb));
    Diagnostic d = only();
    assertEquals("frontmatter", d.code());
    assertEquals(Severity.ERROR, d.severity());
    assertEquals(Frontmatter.EMPTY, result.frontmatter());
    assertEquals("body\n", result.body());
  }

  @Test
  void rejectsRecursiveAliasesWithoutHanging() {
    for (String yaml : List.of("tags: &t [*t]", "a: &m {b: *m}", "aliases: &x [a, [b, *x]]")) {
      Diagnostics local = new Diagnostics();
      FrontmatterParser.Result result =
          assertTimeoutPreemptively(
              Duration.ofSeconds(5), () -> parser.parse("---\n" + yaml + "\n---\n", FILE, local));
      assertEquals(Frontmatter.EMPTY, result.frontmatter());
      assertEquals(1, local.all().size(), local.all()::toString);
      Diagnostic d = local.all().get(0);
      assertEquals("frontmatter", d.code());
      assertEquals(2, d.pos().line());
      assertTrue(d.message().contains("alias refers to"), d.message());
    }
  }

  @Test
  void rejectsDeepNestingWithoutOverflowingTheStack() {
    String deep = "---\nx: " + "[".repeat(60_000) + "\n---\nbody\n";
    FrontmatterParser.Result result =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(deep));
    Diagnostic d = only();
    assertAt(d, Severity.ERROR, "frontmatter", 2, 23);
    assertTrue(d.message().contains("deeper than 20"), d.message());
    assertEquals("body\n", result.body());
  }

  @Test
  void acceptsNestingUpToTheLimit() {
    String nested = "---\nx: " + "[".repeat(19) + "]".repeat(19) + "\ntitle: ok\n---\n";
    assertEquals(Optional.of("ok"), parse(nested).frontmatter().title());
    assertTrue(diagnostics.all().isEmpty(), diagnostics.all()::toString);
  }

  @Test
  void rejectsFrontmatterLargerThanTheCodePointLimit() {
    String big = "---\ndescription: " + "x".repeat(70_000) + "\n---\nbody\n";
    FrontmatterParser.Result result = parse(big);
    assertEquals("frontmatter", only().code());
    assertEquals("body\n", result.body());
  }

  @Test
  void keepsLangNoAsNorwegian() {
    Frontmatter fm = parse("---\nlang: no\n---\n").frontmatter();
    assertEquals(Optional.of(new Lang("no")), fm.lang());
    assertTrue(diagnostics.all().isEmpty());
  }

  @Test
  void warnsOnInvalidLang() {
    Frontmatter fm = parse("---\ntitle: x\nlang: español\n---\n").frontmatter();
    assertEquals(Optional.empty(), fm.lang());
    assertAt(only(), Severity.WARNING, "invalid-lang", 3, 1);
  }

  @Test
  void readsTagsAsList() {
    Frontmatter fm =
        parse("---\ntags:\n  - rust\n  - '#memory'\n  - rust/ownership\n---\n").frontmatter();
    assertEquals(List.of("rust", "memory", "rust/ownership"), fm.tags());
  }

  @Test
  void readsTagsAsOneStringSeparatedBySpacesOrCommas() {
    assertEquals(List.of("rust"), parse("---\ntags: rust\n---\n").frontmatter().tags());
    assertEquals(
        List.of("a", "b", "c/d", "gestión"),
        parse("---\ntags: \"a, b  #c/d,gestión\"\n---\n").frontmatter().tags());
    assertTrue(diagnostics.all().isEmpty(), diagnostics.all()::toString);
  }

  @Test
  void dropsInvalidTagsWithAWarningAtTheKey() {
    Frontmatter fm =
        parse("---\ntitle: t\ntags: [ok, 2024, \"a b\", \"c!\", \"\", x//y, y2024]\n---\n")
            .frontmatter();
    assertEquals(List.of("ok", "y2024"), fm.tags());
    List<Diagnostic> all = diagnostics.all();
    assertEquals(5, all.size(), all::toString);
    for (Diagnostic d : all) {
      assertAt(d, Severity.WARNING, "invalid-tag", 3, 1);
    }
  }

  @Test
  void mergesAliasesAndAliasInOrderWithoutDuplicates() {
    Frontmatter fm =
        parse("---\naliases: [Pila, Heap]\nalias: Montículo\nAliases2: ignored\n---\n")
            .frontmatter();
    assertEquals(List.of("Pila", "Heap", "Montículo"), fm.aliases());
    Frontmatter again =
        parse("---\nalias: [Heap]\naliases:\n  - Heap\n  - Pila\n---\n").frontmatter();
    assertEquals(List.of("Heap", "Pila"), again.aliases());
  }

  @Test
  void readsPublishAndDraftAsBooleansOrYesNoStrings() {
    Frontmatter hidden = parse("---\npublish: false\ndraft: yes\n---\n").frontmatter();
    assertFalse(hidden.publish());
    assertTrue(hidden.draft());
    Frontmatter quoted = parse("---\npublish: \"No\"\ndraft: \"true\"\n---\n").frontmatter();
    assertFalse(quoted.publish());
    assertTrue(quoted.draft());
    Frontmatter defaults = parse("---\ntitle: x\n---\n").frontmatter();
    assertTrue(defaults.publish());
    assertFalse(defaults.draft());
  }

  @Test
  void warnsWhenBooleanIsNotOne() {
    Frontmatter fm = parse("---\ndraft: maybe\n---\n").frontmatter();
    assertFalse(fm.draft());
    Diagnostic d = only();
    assertAt(d, Severity.WARNING, "frontmatter-type", 2, 1);
    assertTrue(d.message().contains("\"draft\" should be true or false"), d.message());
  }

  @Test
  void keepsOnlyTheTargetOfTranslationLinks() {
    Frontmatter fm =
        parse(
                """
                ---
                translations:
                  - "[[Memory Management in Rust]]"
                  - "[[Stack & Heap|la pila]]"
                  - heap and stack in rust
                ---
                """)
            .frontmatter();
    assertEquals(
        List.of("Memory Management in Rust", "Stack & Heap", "heap and stack in rust"),
        fm.translations());
    assertEquals(
        List.of("Note"),
        parse("---\ntranslations: [[Note|texto]]\n---\n").frontmatter().translations());
    assertEquals(
        List.of("Note"),
        parse("---\ntranslations: \"[[Note]]\"\n---\n").frontmatter().translations());
    assertTrue(diagnostics.all().isEmpty(), diagnostics.all()::toString);
  }

  @Test
  void warnsAndIgnoresKeyOfWrongType() {
    Frontmatter fm = parse("---\ndescription: d\ntitle: [a, b]\n---\n").frontmatter();
    assertEquals(Optional.empty(), fm.title());
    assertEquals(Optional.of("d"), fm.description());
    Diagnostic d = only();
    assertAt(d, Severity.WARNING, "frontmatter-type", 3, 1);
    assertTrue(d.message().contains("\"title\" should be text, not a list"), d.message());
  }

  @Test
  void readsNonStringScalarTitleAsText() {
    assertEquals(Optional.of("2024"), parse("---\ntitle: 2024\n---\n").frontmatter().title());
    assertEquals(Optional.of("true"), parse("---\ntitle: true\n---\n").frontmatter().title());
  }

  @Test
  void ignoresEmptyValues() {
    Frontmatter fm = parse("---\ntitle:\ntags:\naliases: []\nlang: ''\n---\n").frontmatter();
    assertEquals(Frontmatter.EMPTY, fm);
    assertTrue(diagnostics.all().isEmpty(), diagnostics.all()::toString);
  }

  @Test
  void warnsWhenRootIsNotAMap() {
    FrontmatterParser.Result result = parse("---\n- a\n- b\n---\nbody");
    assertEquals(Frontmatter.EMPTY, result.frontmatter());
    assertEquals("body", result.body());
    Diagnostic d = only();
    assertEquals(Severity.WARNING, d.severity());
    assertEquals("frontmatter-type", d.code());
  }

  @Test
  void treatsEmptyFrontmatterAsNoKeys() {
    FrontmatterParser.Result result = parse("---\n---\nbody");
    assertEquals(Frontmatter.EMPTY, result.frontmatter());
    assertEquals(3, result.bodyLine());
    assertTrue(diagnostics.all().isEmpty());
  }

  @Test
  void neverConstructsTaggedValues() {
    Frontmatter fm =
        parse("---\ntitle: !!javax.script.ScriptEngineManager [x]\ndescription: !custom d\n---\n")
            .frontmatter();
    assertEquals(Optional.empty(), fm.title());
    assertEquals(Optional.of("d"), fm.description());
    assertEquals("frontmatter-type", only().code());
  }
}
