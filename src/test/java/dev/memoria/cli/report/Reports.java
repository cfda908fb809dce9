package dev.memoria.cli.report;

import dev.memoria.checks.CheckReport;
import dev.memoria.checks.Finding;
import dev.memoria.core.Diagnostic;
import dev.memoria.core.NoteId;
import dev.memoria.core.Severity;
import dev.memoria.core.SourcePos;
import java.util.List;
import java.util.Optional;

/** Check reports built by hand, covering every group, suggestions and awkward text. */
final class Reports {

  static final String STACK = "notes/Stack & Heap.md";
  static final String PILA = "notes/es/Pila y montón.md";
  static final String RUST = "notes/Rust, C y memoria.md";
  static final String OWNERSHIP = "notes/Ownership.md";

  /** A frontmatter message with quotes, a line break, {@code <}, a percent sign and a crab. */
  static final String AWKWARD_MESSAGE =
      "expected \"]\" but found <end of input>\r\n"
          + "after line 2 of the frontmatter (100% sure: fix it 🦀); the note is built from its"
          + " body";

  private Reports() {}

  /** One report with a finding of every check code, of another stage and of the settings. */
  static CheckReport representative() {
    return new CheckReport(
        List.of(
            finding(
                Severity.ERROR,
                "broken-link",
                STACK,
                3,
                5,
                "no note named \"Ownrship\"",
                "[[Ownrship]]",
                List.of("Ownership", "Owner"),
                ""),
            finding(
                Severity.ERROR,
                "missing-heading",
                STACK,
                7,
                12,
                "\"Box\" has no heading \"Uso\"",
                "[[Box#Uso]]",
                List.of("Box#Usos"),
                ""),
            finding(
                Severity.WARNING,
                "alias-link",
                STACK,
                9,
                1,
                "\"Owner\" is only an alias of Ownership.md, which Obsidian does not resolve;"
                    + " link to [[Ownership]]",
                "[[Owner]]",
                List.of("Ownership"),
                ""),
            finding(
                Severity.WARNING,
                "empty-section",
                STACK,
                12,
                1,
                "the section \"Heap\" has no content; write it or remove the heading",
                "## Heap",
                List.of(),
                "heap"),
            Finding.of(
                new Diagnostic(Severity.ERROR, "frontmatter", pos(PILA, 2, 8), AWKWARD_MESSAGE)),
            finding(
                Severity.WARNING,
                "todo",
                PILA,
                5,
                3,
                "a to-do marker: explicar el préstamo",
                "//TODO explicar el préstamo",
                List.of(),
                "el-prestamo"),
            finding(
                Severity.WARNING,
                "placeholder",
                PILA,
                8,
                1,
                "a placeholder line: add the picture it stands for",
                "//PICTURE OF FLOW",
                List.of(),
                "el-prestamo"),
            finding(
                Severity.INFO,
                "missing-translation",
                PILA,
                1,
                1,
                "no English translation; add translations: [\"[[Stack & Heap]]\"] when there is"
                    + " one",
                "",
                List.of(),
                ""),
            finding(
                Severity.WARNING,
                "empty-note",
                RUST,
                1,
                1,
                "the note has no body; write it or mark it draft: true",
                "",
                List.of(),
                ""),
            finding(
                Severity.INFO,
                "orphan",
                RUST,
                1,
                1,
                "no other note links to this note",
                "",
                List.of(),
                ""),
            finding(
                Severity.ERROR,
                "missing-block",
                RUST,
                4,
                1,
                "\"Box\" has no block ^ejemplo",
                "[[Box#^ejemplo]]",
                List.of("Box#^ejemplo-1", "Box#^example"),
                ""),
            finding(
                Severity.ERROR,
                "ambiguous-link",
                RUST,
                6,
                9,
                "two notes are named \"Notas\"; write the folder: [[a/Notas]] or [[b/Notas]]",
                "[[Notas]]",
                List.of("a/Notas", "b/Notas"),
                ""),
            finding(
                Severity.ERROR,
                "broken-embed",
                RUST,
                10,
                1,
                "no file named \"diagram.png\"",
                "![[diagram.png]]",
                List.of("diagrama.png"),
                ""),
            finding(
                Severity.ERROR,
                "unpublished-link",
                RUST,
                11,
                1,
                "\"Borrador\" is a draft, so the site has no page for it",
                "[[Borrador]]",
                List.of(),
                ""),
            finding(
                Severity.INFO,
                "duplicate-title",
                OWNERSHIP,
                1,
                1,
                "the title \"Ownership\" is also the title of notes/es/Propiedad.md",
                "",
                List.of(),
                ""),
            finding(
                Severity.INFO,
                "duplicate-alias",
                OWNERSHIP,
                2,
                10,
                "the alias \"Owner\" is also an alias of notes/Dueño.md",
                "Owner",
                List.of(),
                ""),
            Finding.of(
                new Diagnostic(
                    Severity.WARNING,
                    "config",
                    SourcePos.ofFile("notes/memoria.yml"),
                    "unknown setting \"colour\"; known settings are title, language, exclude,"
                        + " baseUrl and severity"))),
        12);
  }

  /** A vault with nothing to report. */
  static CheckReport clean() {
    return new CheckReport(List.of(), 3);
  }

  static Finding finding(
      Severity severity,
      String code,
      String file,
      int line,
      int column,
      String message,
      String subject,
      List<String> suggestions,
      String anchor) {
    String notePath = file.substring("notes/".length());
    return new Finding(
        new Diagnostic(severity, code, pos(file, line, column), message),
        Optional.of(new NoteId(notePath)),
        subject,
        suggestions,
        anchor);
  }

  static SourcePos pos(String file, int line, int column) {
    return new SourcePos(file, line, column);
  }
}
