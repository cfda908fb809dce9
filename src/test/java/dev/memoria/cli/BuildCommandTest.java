package dev.memoria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.testing.TestVaults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {

  @TempDir Path temp;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private CliRun build(Path vault, Path out, String... extra) {
    List<String> args =
        new ArrayList<>(List.of("build", "--vault", vault.toString(), "--out", out.toString()));
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  private Path vault(Map<String, String> files) {
    return TestVaults.write(temp.resolve("vault"), files);
  }

  @Test
  void buildsAVaultAndSaysWhatItDid() {
    Path vault =
        vault(Map.of("One.md", "# One\n\nSee [[Two]].\n", "Two.md", "# Two\n\nBack to [[One]].\n"));
    CliRun run = build(vault, temp.resolve("site"));
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("Built 2 notes from "), run.out());
    assertTrue(Files.isRegularFile(temp.resolve("site/one.html")));
    assertTrue(Files.isRegularFile(temp.resolve("site/index.html")));
  }

  @Test
  void aSiteHasSearchUnlessItIsTurnedOff() throws IOException {
    Path vault = vault(Map.of("One.md", "# One\n\nSome words.\n"));
    assertEquals(ExitCodes.OK, build(vault, temp.resolve("with")).exitCode());
    assertHasSearch(temp.resolve("with"), true);

    CliRun flag = build(vault, temp.resolve("flag"), "--no-search");
    assertEquals(ExitCodes.OK, flag.exitCode(), flag.err());
    assertHasSearch(temp.resolve("flag"), false);

    Files.writeString(vault.resolve("memoria.yml"), "search: false\n");
    CliRun setting = build(vault, temp.resolve("setting"));
    assertEquals(ExitCodes.OK, setting.exitCode(), setting.err());
    assertHasSearch(temp.resolve("setting"), false);
  }

  @Test
  void aSearchSettingThatIsNotTrueOrFalseIsReportedAndSearchStays() throws IOException {
    Path vault = vault(Map.of("One.md", "# One\n"));
    Files.writeString(vault.resolve("memoria.yml"), "search: sometimes\n");
    CliRun run = build(vault, temp.resolve("site"));
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(
        run.err().contains("memoria.yml:1:1: warning: [config] search must be true or false"),
        run.err());
    assertHasSearch(temp.resolve("site"), true);
  }

  /** The index, the search page, the header's box and the script come and go together. */
  private static void assertHasSearch(Path site, boolean expected) throws IOException {
    String page = Files.readString(site.resolve("one.html"));
    assertEquals(expected, Files.isRegularFile(site.resolve("search/manifest.js")), "index");
    assertEquals(expected, Files.isRegularFile(site.resolve("search.html")), "search page");
    assertEquals(expected, page.contains("data-memoria-search"), "search box");
    assertEquals(expected, page.contains("assets/search.js"), "search script");
  }

  @Test
  void reportsProblemsInNotesWithFileLineAndColumnButStillBuilds() {
    Path vault =
        vault(Map.of("Bad.md", "---\ntitle: [unclosed\n---\n# Body\n", "Good.md", "# Good\n"));
    CliRun run = build(vault, temp.resolve("site"));
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(
        run.err()
            .lines()
            .anyMatch(l -> l.matches(".*vault/Bad\\.md:\\d+:\\d+: error: \\[frontmatter\\] .*")),
        run.err());
    assertTrue(run.out().contains("1 other problem"), run.out());
    assertTrue(
        Files.isRegularFile(temp.resolve("site/bad.html")), "the note is built from its body");
  }

  @Test
  void strictFailsOnAnErrorInANote() {
    Path vault = vault(Map.of("Bad.md", "---\ntitle: [unclosed\n---\n# Body\n"));
    assertEquals(ExitCodes.FAILED, build(vault, temp.resolve("site"), "--strict").exitCode());
  }

  @Test
  void aScenarioBlockWhoseExpectationIsNotMetFailsAStrictBuildNamingItsNoteLine() {
    String note =
        """
        # Moves

        ```rust memory
        fn main() {
            let s = String::from("hi");
            let t = s; // @expect(E0382)
            println!("{}", t);
        }
        ```
        """;
    Path vault = vault(Map.of("Moves.md", note, "Other.md", "# Other\n"));

    CliRun strict = build(vault, temp.resolve("site"), "--strict");
    assertEquals(ExitCodes.FAILED, strict.exitCode(), strict.err());
    assertTrue(
        strict
            .err()
            .contains(
                "vault/Moves.md:6:19: error: [scenario-failed] scenario block 1 (rust): expected"
                    + " error E0382 here, but the program compiles and runs without a fault"),
        strict.err());

    // Without --strict the error is reported the same way and the page still shows the figure.
    CliRun lenient = build(vault, temp.resolve("site2"));
    assertEquals(ExitCodes.OK, lenient.exitCode());
    assertTrue(lenient.err().contains("vault/Moves.md:6:19: error: [scenario-failed]"));
    String page = readString(temp.resolve("site2/moves.html"));
    assertTrue(page.contains("<figure class=\"memsim\" id=\"mem_3\""), page);
    assertTrue(page.contains("This block does not do what it declares:"), page);
    assertTrue(Files.isRegularFile(temp.resolve("site2/other.html")));
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void quietPrintsOnlyErrors() {
    Path vault = vault(Map.of("Good.md", "# Good\n"));
    CliRun run = build(vault, temp.resolve("site"), "--quiet");
    assertEquals(ExitCodes.OK, run.exitCode());
    assertEquals("", run.out());
  }

  @Test
  void unknownOptionsAreUsageErrors() {
    CliRun run = run("build", "--no-such-option");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("--no-such-option"), run.err());
  }

  @Test
  void quietAndVerboseTogetherAreAUsageError() {
    assertEquals(ExitCodes.USAGE, run("build", "--quiet", "--verbose").exitCode());
  }

  @Test
  void aBaseUrlThatIsNotHttpIsAUsageError() {
    Path vault = vault(Map.of("Good.md", "# Good\n"));
    CliRun run = build(vault, temp.resolve("site"), "--base-url", "javascript:alert(1)");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("--base-url"), run.err());
    assertFalse(Files.exists(temp.resolve("site")));
  }

  @Test
  void refusesToWriteIntoTheVault() {
    Path vault = vault(Map.of("Good.md", "# Good\n"));
    CliRun run = build(vault, vault);
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("refusing"), run.err());
  }

  @Test
  void refusesAFolderMemoriaDidNotCreateUnlessForced() throws Exception {
    Path vault = vault(Map.of("Good.md", "# Good\n"));
    Path out = temp.resolve("mine");
    TestVaults.write(out, Map.of("precious.txt", "keep me"));
    assertEquals(ExitCodes.USAGE, build(vault, out).exitCode());
    assertEquals(ExitCodes.OK, build(vault, out, "--force").exitCode());
    assertEquals("keep me", Files.readString(out.resolve("precious.txt")));
  }

  @Test
  void aMissingThemeFailsTheBuildAndSaysWhichFolder() {
    Path vault = vault(Map.of("Good.md", "# Good\n"));
    CliRun run = build(vault, temp.resolve("site"), "--theme", temp.resolve("nope").toString());
    assertEquals(ExitCodes.FAILED, run.exitCode());
    assertTrue(run.err().contains("theme folder not found"), run.err());
  }

  @Test
  void buildsWithAnotherTheme() throws Exception {
    Path vault = vault(Map.of("Good.md", "# Good\n"));
    Path theme = temp.resolve("theme");
    try (var files = Files.walk(Path.of("themes/default"))) {
      for (Path source : files.toList()) {
        Path target = theme.resolve(Path.of("themes/default").relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
    Path template = theme.resolve("templates/note.mustache");
    Files.writeString(
        template,
        Files.readString(template)
            .replace("<article class=\"prose\">", "<article class=\"prose custom-theme\">"));
    CliRun run = build(vault, temp.resolve("site"), "--theme", theme.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(Files.readString(temp.resolve("site/good.html")).contains("prose custom-theme"));
  }

  @Test
  void helpAndVersionExitWithZero() {
    CliRun help = run("build", "--help");
    assertEquals(ExitCodes.OK, help.exitCode());
    assertTrue(help.out().contains("--base-url"));
    CliRun version = run("--version");
    assertEquals(ExitCodes.OK, version.exitCode());
    assertTrue(version.out().startsWith("memoria "));
  }
}
