package dev.memoria.cli;

import dev.memoria.core.Diagnostic;
import dev.memoria.core.Severity;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints diagnostics as {@code file:line:col: severity: [code] message}, coloured on a terminal,
 * and the closing count line.
 */
final class DiagnosticPrinter {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String CYAN = "\u001b[36m";

  private final PrintWriter out;
  private final boolean colour;

  DiagnosticPrinter(PrintWriter out, boolean colour) {
    this.out = out;
    this.colour = colour;
  }

  /** Prints the diagnostics at or above {@code threshold}. */
  void print(List<Diagnostic> diagnostics, Severity threshold) {
    for (Diagnostic d : diagnostics) {
      if (!d.severity().atLeast(threshold)) {
        continue;
      }
      if (!colour) {
        out.println(d.format());
        continue;
      }
      String severityColour =
          switch (d.severity()) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> CYAN;
          };
      out.println(
          BOLD
              + d.pos()
              + ":"
              + RESET
              + " "
              + severityColour
              + d.severity().label()
              + ":"
              + RESET
              + " ["
              + d.code()
              + "] "
              + d.message());
    }
    out.flush();
  }

  /** "2 errors, 1 warning" — the count of every severity that occurred, or "no problems". */
  static String summary(List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    long infos = diagnostics.stream().filter(d -> d.severity() == Severity.INFO).count();
    StringBuilder text = new StringBuilder();
    append(text, errors, "error", "errors");
    append(text, warnings, "warning", "warnings");
    append(text, infos, "note", "notes");
    return text.length() == 0 ? "no problems" : text.toString();
  }

  private static void append(StringBuilder text, long count, String one, String many) {
    if (count == 0) {
      return;
    }
    if (text.length() > 0) {
      text.append(", ");
    }
    text.append(count).append(' ').append(count == 1 ? one : many);
  }
}
