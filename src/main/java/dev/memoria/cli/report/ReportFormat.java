package dev.memoria.cli.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats {@code memoria check --format} accepts. */
public enum ReportFormat {
  /** For people: findings grouped by note, then the summary. */
  TEXT,
  /** The stable schema in {@code check-report.schema.json}. */
  JSON,
  /** SARIF 2.1.0, for code-scanning views. */
  SARIF,
  /** GitHub Actions workflow commands, shown as annotations on the changed files. */
  GITHUB,
  /** JUnit XML, one failing test case per finding, for CI test views. */
  JUNIT;

  /** The name on the command line: {@code text}, {@code json}, … */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every label, for help and error messages: "text, json, sarif, github, junit". */
  public static String labels() {
    return Arrays.stream(values()).map(ReportFormat::label).collect(Collectors.joining(", "));
  }

  /** The format with that label, ignoring case. */
  public static Optional<ReportFormat> parse(String label) {
    return Arrays.stream(values()).filter(f -> f.label().equalsIgnoreCase(label)).findFirst();
  }

  /**
   * The formatter of this format.
   *
   * @param colour whether text may use terminal colours; the other formats never do
   */
  public ReportFormatter formatter(boolean colour) {
    return switch (this) {
      case TEXT -> new TextFormatter(colour);
      case JSON -> new JsonFormatter();
      case SARIF -> new SarifFormatter();
      case GITHUB -> new GithubFormatter();
      case JUNIT -> new JunitFormatter();
    };
  }
}
