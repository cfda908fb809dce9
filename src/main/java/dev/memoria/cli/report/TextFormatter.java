package dev.memoria.cli.report;

import dev.memoria.checks.CheckReport;
import dev.memoria.checks.Finding;
import dev.memoria.core.Diagnostic;
import dev.memoria.core.Severity;
import java.util.List;

/**
 * The report for people: a header line per file, then each finding as {@code file:line:col:
 * severity: [code] message} with its link and suggestions indented below, then the summary.
 *
 * <p>Text from notes can hold control characters; they are shown as {@code \\u} escapes so a note
 * cannot move the cursor or recolour the terminal, and a line break in a message is indented so
 * every line starting with a file name is a finding.
 */
final class TextFormatter implements ReportFormatter {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final String CYAN = "\u001b[36m";

  private final boolean colour;

  TextFormatter(boolean colour) {
    this.colour = colour;
  }

  @Override
  public String format(CheckReport report) {
    StringBuilder out = new StringBuilder();
    List<Finding> findings = report.findings();
    int start = 0;
    while (start < findings.size()) {
      String file = findings.get(start).diagnostic().pos().file();
      int end = start;
      while (end < findings.size() && findings.get(end).diagnostic().pos().file().equals(file)) {
        end++;
      }
      List<Finding> ofFile = findings.subList(start, end);
      out.append(paint(BOLD, printable(file))).append(" (").append(counts(ofFile)).append(")\n");
      ofFile.forEach(finding -> appendFinding(out, finding));
      out.append('\n');
      start = end;
    }
    String summaryColour =
        report.hasAtLeast(Severity.ERROR)
            ? RED
            : report.hasAtLeast(Severity.WARNING) ? YELLOW : GREEN;
    out.append(paint(BOLD + summaryColour, report.summary())).append('\n');
    return out.toString();
  }

  private void appendFinding(StringBuilder out, Finding finding) {
    Diagnostic d = finding.diagnostic();
    String severityColour =
        switch (d.severity()) {
          case ERROR -> RED;
          case WARNING -> YELLOW;
          case INFO -> CYAN;
        };
    out.append(paint(BOLD, printable(d.pos().toString()) + ":"))
        .append(' ')
        .append(paint(severityColour, d.severity().label() + ":"))
        .append(" [")
        .append(printable(d.code()))
        .append("] ")
        .append(printable(d.message()).replace("\n", "\n  "))
        .append('\n');
    if (!finding.subject().isEmpty()) {
      out.append("  ")
          .append(paint(CYAN, "-->"))
          .append(' ')
          .append(printable(finding.subject()).replace("\n", " "))
          .append('\n');
    }
    if (!finding.suggestions().isEmpty()) {
      out.append("  ")
          .append(paint(GREEN, "did you mean:"))
          .append(' ')
          .append(printable(String.join(", ", finding.suggestions())).replace("\n", " "))
          .append('\n');
    }
  }

  /** "1 error, 2 warnings": the count of each severity present. */
  private static String counts(List<Finding> findings) {
    StringBuilder text = new StringBuilder();
    for (Severity severity : Severity.values()) {
      long count = findings.stream().filter(f -> f.diagnostic().severity() == severity).count();
      if (count == 0) {
        continue;
      }
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(count).append(' ').append(severity.label());
      if (count > 1 && severity != Severity.INFO) {
        text.append('s');
      }
    }
    return text.toString();
  }

  private String paint(String style, String text) {
    return colour ? style + text + RESET : text;
  }

  /**
   * The text with line ends made {@code \n} and every other control character, and the invisible
   * characters that reorder text on screen, written as {@code \\uXXXX}.
   */
  static String printable(String text) {
    String lines = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(lines.length());
    for (int i = 0; i < lines.length(); i++) {
      char c = lines.charAt(i);
      boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f);
      boolean reordering =
          c == '\u200e'
              || c == '\u200f'
              || (c >= '\u202a' && c <= '\u202e')
              || (c >= '\u2066' && c <= '\u2069');
      if (control || reordering) {
        String hex = Integer.toHexString(c);
        out.append("\\u").append("0000", hex.length(), 4).append(hex);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
