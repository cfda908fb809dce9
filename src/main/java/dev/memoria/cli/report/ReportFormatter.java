package dev.memoria.cli.report;

import dev.memoria.checks.CheckReport;

/** Turns a check report into one of the output formats. */
public interface ReportFormatter {

  /** The whole report as text, ending with a line break; the same report gives the same text. */
  String format(CheckReport report);
}
