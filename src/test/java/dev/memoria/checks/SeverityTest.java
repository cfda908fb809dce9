package dev.memoria.checks;

import static dev.memoria.checks.CheckFixture.vault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.core.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Severities from {@code memoria.yml}: changed, or turned off. */
class SeverityTest {

  @TempDir Path dir;

  private CheckFixture vaultWithOneOfEach() {
    return vault(dir, "a.md", "[[Gone]]\n# Empty\n", "b.md", "[[a]]\n");
  }

  @Test
  void usesTheBuiltInSeveritiesByDefault() {
    var result = vaultWithOneOfEach().check();

    assertEquals(
        List.of("broken-link error", "empty-section warning", "orphan info"),
        result.report().findings().stream()
            .map(f -> f.code() + " " + f.diagnostic().severity().label())
            .toList());
  }

  @Test
  void appliesSeverityOverrides() {
    var result =
        vaultWithOneOfEach()
            .severities(Map.of("broken-link", Severity.WARNING, "orphan", Severity.ERROR), Set.of())
            .check();

    assertEquals(Severity.WARNING, result.only("broken-link").diagnostic().severity());
    assertEquals(Severity.ERROR, result.only("orphan").diagnostic().severity());
    assertEquals(Severity.WARNING, result.only("empty-section").diagnostic().severity());
  }

  @Test
  void leavesOutCodesTurnedOff() {
    var result = vaultWithOneOfEach().severities(Map.of(), Set.of("broken-link", "orphan")).check();

    assertEquals(List.of("empty-section"), result.codes());
    assertFalse(result.report().hasAtLeast(Severity.ERROR));
    assertTrue(result.report().hasAtLeast(Severity.WARNING));
  }
}
