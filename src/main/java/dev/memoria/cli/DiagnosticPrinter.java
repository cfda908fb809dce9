package dev.memoria.cli;

import dev.memoria.core.Diagnostic;
import dev.memoria.core.Severity;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints diagnostics as {@code file:line:col: severity: [code] message}, coloured on a terminal.
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
}
