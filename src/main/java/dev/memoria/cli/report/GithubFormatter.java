package dev.memoria.cli.report;

import dev.memoria.checks.CheckReport;
import dev.memoria.checks.Finding;
import dev.memoria.core.Diagnostic;

/**
 * The report as GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…,title=…::…}),
 * which the runner shows as annotations on the files; the summary follows as a plain log line.
 *
 * <p>Values are escaped as the runner unescapes them, so a line break in a message cannot start a
 * command of its own.
 */
final class GithubFormatter implements ReportFormatter {

  @Override
  public String format(CheckReport report) {
    StringBuilder out = new StringBuilder();
    for (Finding finding : report.findings()) {
      Diagnostic d = finding.diagnostic();
      String command =
          switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
          };
      out.append("::")
          .append(command)
          .append(" file=")
          .append(property(d.pos().file()))
          .append(",line=")
          .append(d.pos().line())
          .append(",col=")
          .append(d.pos().column())
          .append(",title=")
          .append(property("[" + d.code() + "]"))
          .append("::")
          .append(data(FindingText.fullMessage(finding)))
          .append('\n');
    }
    out.append(data(report.summary())).append('\n');
    return out.toString();
  }

  /** The message of a command: {@code %}, CR and LF escaped. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value: as {@link #data}, and {@code :} and {@code ,} too. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
