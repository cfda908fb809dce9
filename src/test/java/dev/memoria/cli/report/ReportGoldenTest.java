package dev.memoria.cli.report;

import dev.memoria.checks.CheckReport;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportGoldenTest {

  private static String extension(ReportFormat format) {
    return switch (format) {
      case TEXT -> ".txt";
      case JSON -> ".json";
      case SARIF -> ".sarif";
      case GITHUB -> ".github.txt";
      case JUNIT -> ".junit.xml";
    };
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void rendersTheRepresentativeReportAsInItsGoldenFile(ReportFormat format) throws IOException {
    CheckReport report = Reports.representative();
    Golden.assertMatches(
        "representative" + extension(format), format.formatter(false).format(report));
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void rendersACleanReportAsInItsGoldenFile(ReportFormat format) throws IOException {
    Golden.assertMatches(
        "clean" + extension(format), format.formatter(false).format(Reports.clean()));
  }

  @Test
  void rendersColouredTextAsInItsGoldenFile() throws IOException {
    Golden.assertMatches(
        "representative.colour.txt",
        ReportFormat.TEXT.formatter(true).format(Reports.representative()));
  }
}
