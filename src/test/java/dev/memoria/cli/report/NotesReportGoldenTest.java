package dev.memoria.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.memoria.build.SiteBuilder;
import dev.memoria.checks.CheckReport;
import dev.memoria.checks.Finding;
import dev.memoria.config.SiteConfigLoader;
import dev.memoria.core.Diagnostics;
import dev.memoria.testing.GoldenFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code memoria check} on the real notes/, in every format, against golden files reviewed by hand:
 * exactly the broken links and gaps the notes hold, at their lines and columns.
 */
class NotesReportGoldenTest {

  private static final GoldenFiles GOLDEN = GoldenFiles.of("cli/report");

  private static CheckReport report;

  @BeforeAll
  static void checkTheNotes() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    var config =
        new SiteConfigLoader()
            .load(SiteConfigLoader.Overrides.vaultOnly(Path.of("notes")), diagnostics);
    report = new SiteBuilder(config).check(diagnostics);
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void reportsTheNotesAsInTheGoldenFile(ReportFormat format) throws IOException {
    String extension =
        switch (format) {
          case TEXT -> ".txt";
          case JSON -> ".json";
          case SARIF -> ".sarif";
          case GITHUB -> ".github.txt";
          case JUNIT -> ".junit.xml";
        };
    GOLDEN.assertMatches("notes" + extension, format.formatter(false).format(report));
  }

  @Test
  void findsExactlyTheGapsAndBrokenLinksOfTheNotes() {
    List<String> problems =
        report.findings().stream()
            .filter(f -> !f.code().equals("orphan"))
            .map(NotesReportGoldenTest::place)
            .toList();
    assertEquals(
        List.of(
            "Gestión de memoria en Rust.md:70:26 broken-link [[ownership]]",
            "Gestión de memoria en Rust.md:70:56 broken-link [[references]]",
            "Rust memory management - CodeSandwich.md:106:1 todo //TODO",
            "Rust memory management - CodeSandwich.md:108:1 todo //TODO",
            "Rust memory management - CodeSandwich.md:110:1 todo //TODO",
            "Rust memory management - CodeSandwich.md:112:1 todo //TODO",
            "Rust memory management - CodeSandwich.md:114:1 todo //TODO",
            "Rust memory management - CodeSandwich.md:116:1 todo //TODO",
            "Rust memory management - CodeSandwich.md:118:1 todo //TODO",
            "Rust memory management - CodeSandwich.md:120:1 todo //TODO",
            "Rust memory management - CodeSandwich.md:122:1 todo //TODO",
            "Rust memory management - CodeSandwich.md:124:1 todo //TODO",
            "Rust memory management - CodeSandwich.md:126:1 todo //TODO",
            "Rust memory management - CodeSandwich.md:128:1 empty-section ## No runtime",
            "Rust memory management - CodeSandwich.md:129:1 empty-section ## No world stops",
            "Rust memory management - CodeSandwich.md:131:1 todo //TODO",
            "heap and stack in rust.md:44:61 broken-link [[static analysis]]",
            "heap and stack in rust.md:44:85 broken-link [[runtime checks]]",
            "heap and stack in rust.md:47:1 broken-link [[more exaplanation about heap and stack]]"),
        problems);
    assertEquals(5, report.findings().stream().filter(f -> f.code().equals("orphan")).count());
  }

  private static String place(Finding finding) {
    var pos = finding.diagnostic().pos();
    return pos.file().substring("notes/".length())
        + ":"
        + pos.line()
        + ":"
        + pos.column()
        + " "
        + finding.code()
        + " "
        + finding.subject();
  }
}
