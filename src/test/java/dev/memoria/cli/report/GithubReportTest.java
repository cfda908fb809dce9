package dev.memoria.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.checks.CheckReport;
import dev.memoria.checks.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GithubReportTest {

  private static final Pattern COMMAND = Pattern.compile("::(error|warning|notice) ([^:]*)::(.*)");

  /** What the Actions runner does to a message. */
  private static String unescapeData(String text) {
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
  }

  /** What the Actions runner does to a property value. */
  private static String unescapeProperty(String text) {
    return text.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%");
  }

  @Test
  void oneCommandPerFindingThatTheRunnerReadsBackExactly() {
    CheckReport report = Reports.representative();
    List<String> lines = new GithubFormatter().format(report).lines().toList();
    assertEquals(report.findings().size() + 1, lines.size(), "one line each, then the summary");
    for (int i = 0; i < report.findings().size(); i++) {
      Finding finding = report.findings().get(i);
      Matcher command = COMMAND.matcher(lines.get(i));
      assertTrue(command.matches(), lines.get(i));
      assertEquals(
          switch (finding.diagnostic().severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
          },
          command.group(1));
      Map<String, String> properties = new LinkedHashMap<>();
      for (String property : command.group(2).split(",")) {
        String[] pair = property.split("=", 2);
        properties.put(pair[0], unescapeProperty(pair[1]));
      }
      assertEquals(
          Map.of(
              "file", finding.diagnostic().pos().file(),
              "line", String.valueOf(finding.diagnostic().pos().line()),
              "col", String.valueOf(finding.diagnostic().pos().column()),
              "title", "[" + finding.code() + "]"),
          properties);
      assertEquals(FindingText.fullMessage(finding), unescapeData(command.group(3)));
    }
    assertEquals(report.summary(), lines.get(lines.size() - 1));
  }

  @Test
  void escapesAsTheRunnerRequires() {
    assertEquals("100%25 done%0D%0Anext: a, b", GithubFormatter.data("100% done\r\nnext: a, b"));
    assertEquals("notes/a%2C b%3A c%25.md%0A", GithubFormatter.property("notes/a, b: c%.md\n"));
  }
}
