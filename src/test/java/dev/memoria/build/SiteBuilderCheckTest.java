package dev.memoria.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.checks.CheckReport;
import dev.memoria.checks.Finding;
import dev.memoria.config.SiteConfig;
import dev.memoria.config.SiteConfigLoader;
import dev.memoria.core.Diagnostics;
import dev.memoria.core.Severity;
import dev.memoria.testing.TestVaults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderCheckTest {

  @TempDir Path temp;

  private CheckReport check(Map<String, String> files) throws Exception {
    Path vault = TestVaults.write(temp.resolve("vault"), files);
    Diagnostics diagnostics = new Diagnostics();
    SiteConfig config =
        new SiteConfigLoader()
            .load(
                new SiteConfigLoader.Overrides(
                    Optional.of(vault),
                    Optional.of(temp.resolve("site")),
                    // No theme: a check must not need one, since it renders nothing.
                    Optional.of(temp.resolve("no-theme")),
                    Optional.empty(),
                    Set.of()),
                diagnostics);
    return new SiteBuilder(config).check(diagnostics);
  }

  private static List<Finding> withCode(CheckReport report, String code) {
    return report.findings().stream().filter(f -> f.code().equals(code)).toList();
  }

  @Test
  void reportsProblemsOfEarlierStagesAsFindingsAndWritesNothing() throws Exception {
    CheckReport report =
        check(Map.of("Bad.md", "---\ntitle: [unclosed\n---\n# Body\n", "Good.md", "# Good\n"));
    assertEquals(2, report.notesChecked());
    List<Finding> frontmatter = withCode(report, "frontmatter");
    assertEquals(1, frontmatter.size(), report.findings().toString());
    assertTrue(frontmatter.get(0).diagnostic().pos().file().endsWith("vault/Bad.md"));
    assertEquals(Severity.ERROR, frontmatter.get(0).diagnostic().severity());
    assertFalse(Files.exists(temp.resolve("site")), "a check writes no site");
    assertEquals(
        List.of("Bad.md", "Good.md"),
        TestVaults.tree(temp.resolve("vault")).keySet().stream().toList(),
        "a check writes nothing into the vault");
  }

  @Test
  void reportsSettingsProblemsToo() throws Exception {
    CheckReport report = check(Map.of("memoria.yml", "colour: red\n", "Good.md", "# Good\n"));
    assertEquals(1, withCode(report, "config").size(), report.findings().toString());
  }

  @Test
  void memoriaYmlChangesTheSeverityOfOtherStagesCodes() throws Exception {
    String bad = "---\ntitle: [unclosed\n---\n# Body\n";
    CheckReport lowered =
        check(Map.of("memoria.yml", "severity:\n  frontmatter: warning\n", "Bad.md", bad));
    assertEquals(Severity.WARNING, withCode(lowered, "frontmatter").get(0).diagnostic().severity());
    CheckReport off =
        check(Map.of("memoria.yml", "severity:\n  frontmatter: off\n", "Bad.md", bad));
    assertEquals(List.of(), withCode(off, "frontmatter"));
  }

  @Test
  void aMissingVaultIsAnIoError() {
    assertThrows(
        IOException.class,
        () -> {
          Diagnostics diagnostics = new Diagnostics();
          SiteConfig config =
              new SiteConfigLoader()
                  .load(
                      new SiteConfigLoader.Overrides(
                          Optional.of(temp.resolve("nowhere")),
                          Optional.empty(),
                          Optional.empty(),
                          Optional.empty(),
                          Set.of()),
                      diagnostics);
          new SiteBuilder(config).check(diagnostics);
        });
  }
}
