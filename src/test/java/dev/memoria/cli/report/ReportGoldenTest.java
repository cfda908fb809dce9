package dev.memoria.cli.report;

import dev.memoria.checks.CheckReport;
import dev.memoria.testing.GoldenFiles;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportGoldenTest {

  private static final GoldenFiles GOLDEN = GoldenFiles.of("cli/report");

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
    GOLDEN.assertMatches(
        "representative" + extension(format), format.formatter(false).format(report));
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void rendersACleanReportAsInItsGoldenFile(ReportFormat format) throws IOException {
    GOLDEN.assertMatches(
        "clean" + extension(format), format.formatter(false).format(Reports.clean()));
  }

  @Test
  void rendersColouredTextAsInItsGoldenFile() throws IOException {
    GOLDEN.assertMatches(
        "representative.colour.txt",
        ReportFormat.TEXT.formatter(true).format(Reports.representative()));
  }
}
