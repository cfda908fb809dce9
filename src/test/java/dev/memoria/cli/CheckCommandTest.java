package dev.memoria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.cli.report.ReportFormat;
import dev.memoria.testing.TestVaults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  /** A note whose only problem is its frontmatter: it has text, and Good.md links to it. */
  private static final String BAD_FRONTMATTER =
      "---\ntitle: [unclosed\n---\n# Body\n\nText, and a link to [[Good]].\n";

  @TempDir Path temp;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private CliRun check(Path vault, String... extra) {
    List<String> args = new ArrayList<>(List.of("check", "--vault", vault.toString()));
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  private Path vault(Map<String, String> files) {
    return TestVaults.write(temp.resolve("vault"), files);
  }

  @Test
  void aHealthyVaultPassesAndSaysHowManyNotesWereChecked() {
    Path vault =
        vault(Map.of("One.md", "# One\n\nSee [[Two]].\n", "Two.md", "# Two\n\nBack to [[One]].\n"));
    CliRun run = check(vault);
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals("0 broken links, 0 missing sections in 2 notes\n", run.out());
    assertEquals("", run.err());
  }

  @Test
  void anErrorInANoteFailsTheCheckAndIsPrintedWithItsPlace() {
    Path vault = vault(Map.of("Bad.md", BAD_FRONTMATTER, "Good.md", "# Good\n\nSee [[Bad]].\n"));
    CliRun run = check(vault);
    assertEquals(ExitCodes.FAILED, run.exitCode(), run.out());
    assertTrue(
        run.out()
            .lines()
            .anyMatch(l -> l.matches(".*vault/Bad\\.md:\\d+:\\d+: error: \\[frontmatter\\] .*")),
        run.out());
    assertTrue(run.out().endsWith("1 other problem in 1 note\n"), run.out());
    assertFalse(run.out().contains("\u001b"), "no colours when not on a terminal");
  }

  @Test
  void failOnNeverAlwaysPasses() {
    Path vault = vault(Map.of("Bad.md", BAD_FRONTMATTER));
    assertEquals(ExitCodes.OK, check(vault, "--fail-on", "never").exitCode());
  }

  @Test
  void failOnWarningAlsoFailsOnWarnings() {
    Path vault = vault(Map.of("memoria.yml", "colour: red\n", "Good.md", "# Good\n"));
    assertEquals(ExitCodes.OK, check(vault).exitCode(), "a warning passes by default");
    assertEquals(ExitCodes.FAILED, check(vault, "--fail-on", "warning").exitCode());
    assertEquals(ExitCodes.FAILED, check(vault, "--fail-on", "INFO").exitCode());
  }

  @Test
  void memoriaYmlCanTurnAnErrorIntoAWarning() {
    Path vault =
        vault(
            Map.of(
                "memoria.yml",
                "severity:\n  frontmatter: warning\n",
                "Bad.md",
                BAD_FRONTMATTER,
                "Good.md",
                "# Good\n\nSee [[Bad]].\n"));
    CliRun run = check(vault);
    assertEquals(ExitCodes.OK, run.exitCode(), run.out());
    assertTrue(run.out().contains("warning: [frontmatter]"), run.out());
  }

  @Test
  void everyFormatRunsAndNamesTheFinding() {
    Path vault = vault(Map.of("Bad.md", BAD_FRONTMATTER));
    for (ReportFormat format : ReportFormat.values()) {
      CliRun run = check(vault, "--format", format.label());
      assertEquals(ExitCodes.FAILED, run.exitCode(), format + ": " + run.err());
      assertTrue(run.out().contains("frontmatter"), format + ": " + run.out());
    }
  }

  @Test
  void jsonSaysHowManyNotesWereChecked() {
    Path vault = vault(Map.of("One.md", "# One\n", "Two.md", "# Two\n", "Three.md", "# Three\n"));
    CliRun run = check(vault, "--format", "json");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("\"notesChecked\": 3,"), run.out());
  }

  @Test
  void anUnknownFormatIsAUsageErrorThatListsTheFormats() {
    Path vault = vault(Map.of("Good.md", "# Good\n"));
    CliRun run = check(vault, "--format", "xml");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("text, json, sarif, github, junit"), run.err());
  }

  @Test
  void anUnknownFailOnLevelIsAUsageError() {
    Path vault = vault(Map.of("Good.md", "# Good\n"));
    CliRun run = check(vault, "--fail-on", "critical");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("error, warning, info, never"), run.err());
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertEquals(ExitCodes.USAGE, run("check", "--strict").exitCode());
  }

  @Test
  void aVaultThatCannotBeReadIsAUsageError() {
    CliRun run = check(temp.resolve("nowhere"));
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("nowhere"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void writesTheReportToAFileAndItsSummaryToStandardError() throws Exception {
    Path vault = vault(Map.of("Bad.md", BAD_FRONTMATTER, "Good.md", "# Good\n\nSee [[Bad]].\n"));
    Path report = temp.resolve("reports/check.sarif");
    CliRun run = check(vault, "--format", "sarif", "--output", report.toString());
    assertEquals(ExitCodes.FAILED, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals("0 broken links, 0 missing sections, 1 other problem in 1 note\n", run.err());
    assertTrue(Files.readString(report).contains("\"ruleId\": \"frontmatter\""));
  }

  @Test
  void refusesToWriteTheReportInsideTheVault() {
    Path vault = vault(Map.of("Good.md", "# Good\n"));
    for (Path inside :
        List.of(
            vault.resolve("report.json"),
            temp.resolve("elsewhere/../vault/sub/report.json"),
            vault.resolve("Good.md"))) {
      CliRun run = check(vault, "--format", "json", "--output", inside.toString());
      assertEquals(ExitCodes.USAGE, run.exitCode(), inside.toString());
      assertTrue(run.err().contains("inside the vault"), run.err());
    }
    assertFalse(Files.exists(vault.resolve("report.json")));
    assertFalse(Files.exists(vault.resolve("sub")));
  }

  @Test
  void refusesALinkThatLeadsIntoTheVault() throws Exception {
    Path vault = vault(Map.of("Good.md", "# Good\n"));
    Path link = temp.resolve("reports");
    Files.createSymbolicLink(link, vault);
    CliRun run = check(vault, "--output", link.resolve("report.txt").toString());
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertFalse(Files.exists(vault.resolve("report.txt")));
  }

  @Test
  void refusesAnOutputThatIsAFolder() {
    Path vault = vault(Map.of("Good.md", "# Good\n"));
    CliRun run = check(vault, "--output", temp.toString());
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("is a folder"), run.err());
  }

  @Test
  void helpListsTheCommandAndItsOptions() {
    assertTrue(run("--help").out().contains("check"));
    CliRun help = run("check", "--help");
    assertEquals(ExitCodes.OK, help.exitCode());
    assertTrue(help.out().contains("--fail-on"), help.out());
    assertTrue(help.out().contains("--no-color"), help.out());
  }
}
