package dev.memoria.cli.report;

import dev.memoria.checks.CheckReport;
import dev.memoria.checks.Finding;
import dev.memoria.core.Diagnostic;

/**
 * The report as JUnit XML for CI test views: one suite, one failing test case per finding (its file
 * as the class name), and the summary as the suite's output.
 *
 * <p>The report has no list of the notes that passed, so there are no passing test cases. The
 * output is ASCII: other characters are written as character references.
 */
final class JunitFormatter implements ReportFormatter {

  static final String SUITE = "memoria check";

  @Override
  public String format(CheckReport report) {
    int count = report.findings().size();
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<testsuites name=\"")
        .append(SUITE)
        .append("\" tests=\"")
        .append(count)
        .append("\" failures=\"")
        .append(count)
        .append("\" errors=\"0\">\n");
    out.append("  <testsuite name=\"")
        .append(SUITE)
        .append("\" tests=\"")
        .append(count)
        .append("\" failures=\"")
        .append(count)
        .append("\" errors=\"0\" skipped=\"0\">\n");
    out.append("    <properties>\n")
        .append("      <property name=\"notesChecked\" value=\"")
        .append(report.notesChecked())
        .append("\"/>\n")
        .append("    </properties>\n");
    for (Finding finding : report.findings()) {
      Diagnostic d = finding.diagnostic();
      out.append("    <testcase classname=\"")
          .append(attribute(d.pos().file()))
          .append("\" name=\"")
          .append(attribute(d.code() + " at " + d.pos().line() + ":" + d.pos().column()))
          .append("\">\n");
      out.append("      <failure type=\"")
          .append(attribute(d.code()))
          .append("\" message=\"")
          .append(attribute(d.message()))
          .append("\">")
          .append(text(d.format()));
      for (String line : FindingText.details(finding)) {
        out.append('\n').append(text(line));
      }
      out.append("</failure>\n").append("    </testcase>\n");
    }
    out.append("    <system-out>")
        .append(text(report.summary()))
        .append("</system-out>\n")
        .append("  </testsuite>\n")
        .append("</testsuites>\n");
    return out.toString();
  }

  /** Character data: markup characters and everything outside ASCII as references. */
  static String text(String value) {
    return escape(value, false);
  }

  /**
   * An attribute value in double quotes; line breaks and tabs as references too, which XML would
   * otherwise read back as spaces.
   */
  static String attribute(String value) {
    return escape(value, true);
  }

  private static String escape(String value, boolean attribute) {
    StringBuilder out = new StringBuilder(value.length());
    value
        .codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n', '\r', '\t' -> {
                  // XML reads a raw CR back as LF, and breaks and tabs in attributes as spaces.
                  if (attribute || c == '\r') {
                    out.append("&#").append(c).append(';');
                  } else {
                    out.appendCodePoint(c);
                  }
                }
                default -> {
                  int allowed = allowedInXml(c) ? c : 0xFFFD;
                  if (allowed < 0x7f) {
                    out.appendCodePoint(allowed);
                  } else {
                    out.append("&#x")
                        .append(Integer.toHexString(allowed).toUpperCase(java.util.Locale.ROOT))
                        .append(';');
                  }
                }
              }
            });
    return out.toString();
  }

  /** Whether XML 1.0 allows the character at all, even as a reference. */
  private static boolean allowedInXml(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
