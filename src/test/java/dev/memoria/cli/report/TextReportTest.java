package dev.memoria.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.checks.CheckReport;
import dev.memoria.core.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextReportTest {

  private static final String FINDING_LINE =
      "[^ ].*:\\d+:\\d+: (error|warning|info): \\[[a-z-]+\\] .*";

  @Test
  void groupsFindingsUnderOneHeaderPerFileAndEndsWithTheSummary() {
    CheckReport report = Reports.representative();
    List<String> lines = new TextFormatter(false).format(report).lines().toList();
    List<String> headers =
        lines.stream()
            .filter(line -> !line.isEmpty() && !line.startsWith("  "))
            .filter(line -> !line.matches(FINDING_LINE))
            .toList();
    assertEquals(
        List.of(
            "notes/Ownership.md (2 info)",
            "notes/Rust, C y memoria.md (4 errors, 1 warning, 1 info)",
            "notes/Stack & Heap.md (2 errors, 2 warnings)",
            "notes/es/Pila y montón.md (1 error, 2 warnings, 1 info)",
            "notes/memoria.yml (1 warning)",
            report.summary()),
        headers);
    assertEquals(report.summary(), lines.get(lines.size() - 1));
  }

  @Test
  void showsTheLinkAndSuggestionsIndentedUnderTheFinding() {
    String text = new TextFormatter(false).format(Reports.representative());
    assertTrue(
        text.contains(
            "notes/Stack & Heap.md:3:5: error: [broken-link] no note named \"Ownrship\"\n"
                + "  --> [[Ownrship]]\n"
                + "  did you mean: Ownership, Owner\n"),
        text);
  }

  @Test
  void aLineBreakInAMessageIsIndentedSoEveryUnindentedLineIsAFindingOrAHeader() {
    String text = new TextFormatter(false).format(Reports.representative());
    assertTrue(
        text.contains(
            "notes/es/Pila y montón.md:2:8: error: [frontmatter] expected \"]\" but found <end of"
                + " input>\n  after line 2"),
        text);
    assertFalse(text.contains("\r"));
  }

  @Test
  void controlCharactersFromNotesCannotReachTheTerminal() {
    CheckReport report =
        new CheckReport(
            List.of(
                Reports.finding(
                    Severity.WARNING,
                    "placeholder",
                    "notes/x.md",
                    1,
                    1,
                    "a placeholder \u001b[2J line",
                    "//PICTURE\u009b OF \u202eFLOW",
                    List.of(),
                    "")),
            1);
    String text = new TextFormatter(false).format(report);
    assertFalse(text.chars().anyMatch(c -> c == 0x1b || c == 0x9b || c == 0x202e), text);
    assertTrue(text.contains("a placeholder \\u001b[2J line"), text);
    assertTrue(text.contains("--> //PICTURE\\u009b OF \\u202eFLOW"), text);
  }

  @Test
  void coloursOnlyWhenAsked() {
    CheckReport report = Reports.representative();
    assertFalse(new TextFormatter(false).format(report).contains("\u001b"));
    String coloured = new TextFormatter(true).format(report);
    assertTrue(coloured.contains("\u001b[31merror:\u001b[0m"), coloured);
    assertTrue(coloured.contains("\u001b[36minfo:\u001b[0m"), coloured);
  }

  @Test
  void aCleanReportIsJustTheSummary() {
    assertEquals(
        "0 broken links, 0 missing sections in 3 notes\n",
        new TextFormatter(false).format(Reports.clean()));
  }

  @Test
  void formatsAreNamedByLowerCaseLabels() {
    assertEquals(Optional.of(ReportFormat.SARIF), ReportFormat.parse("sarif"));
    assertEquals(Optional.of(ReportFormat.JUNIT), ReportFormat.parse("JUnit"));
    assertEquals(Optional.empty(), ReportFormat.parse("xml"));
    assertEquals("text, json, sarif, github, junit", ReportFormat.labels());
  }
}
