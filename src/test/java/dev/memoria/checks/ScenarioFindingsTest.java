package dev.memoria.checks;

import static dev.memoria.checks.CheckFixture.vault;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario blocks that are not what their author declared. */
class ScenarioFindingsTest {

  @TempDir Path dir;

  private static final String USE_AFTER_MOVE =
      """
      # Moves

      ```rust memory
      fn main() {
          let s = String::from("hi");
          let t = s;%s
          println!("{}", s);%s
      }
      ```
      """;

  @Test
  void anUnexpectedCompileErrorIsAnErrorOnTheNoteLineOfTheFailure() {
    var result = vault(dir, "a.md", USE_AFTER_MOVE.formatted("", "")).check();

    assertEquals(
        List.of(
            "a.md:7:20: error: [scenario-failed] scenario block 1 (rust): error[E0382]: borrow of"
                + " moved value: `s`; if the block shows this on purpose, add // @expect(E0382)"
                + " to this line"),
        result.lines("scenario-failed"));
    Finding finding = result.findings("scenario-failed").get(0);
    assertEquals("mem_3", finding.anchor());
    assertEquals("```rust memory", finding.subject());
  }

  @Test
  void anExpectationThatIsNotMetIsAnErrorOnItsLine() {
    var result =
        vault(dir, "a.md", USE_AFTER_MOVE.formatted(" // @expect(E0382)", " // @expect(E0382)"))
            .check();

    assertEquals(
        List.of(
            "a.md:6:19: error: [scenario-failed] scenario block 1 (rust): expected error E0382"
                + " here, but the compiler reports E0382 on line 7"),
        result.lines("scenario-failed"));
  }

  @Test
  void aBlockThatDoesWhatItDeclaresIsNoFinding() {
    var result = vault(dir, "a.md", USE_AFTER_MOVE.formatted("", " // @expect(E0382)")).check();

    assertEquals(List.of(), result.lines("scenario-failed"));
  }

  @Test
  void anUnknownMarkerIsAnError() {
    var result =
        vault(dir, "a.md", USE_AFTER_MOVE.formatted(" // @shwo", " // @expect(E0382)")).check();

    assertEquals(1, result.lines("scenario-failed").size());
    assertEquals(6, result.findings("scenario-failed").get(0).diagnostic().pos().line());
  }
}
