package dev.memoria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

  private static final String MOVE =
      """
      fn main() {
          let s1 = String::from("hola");
          let s2 = s1;
          println!("{s2}");
      }
      """;

  private static final String USE_AFTER_FREE =
      """
      #include <stdio.h>
      #include <stdlib.h>

      int main(void) {
          setvbuf(stdout, NULL, _IONBF, 0);
          int *v = malloc(4 * sizeof(int));
          v[0] = 42;
          printf("%d\\n", v[0]);
          free(v);
          printf("%d\\n", v[0]);MARKER
          return 0;
      }
      """;

  @TempDir Path temp;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private String file(String name, String text) throws IOException {
    Path file = temp.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file.toString();
  }

  @Test
  void printsTheVerdictOfARustProgramAsAJsonLine() throws IOException {
    String program = file("move.rs", MOVE);
    CliRun run = run("simulate", "--json", program);
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals(
        "{\"source\":\""
            + program
            + "\",\"lang\":\"rust\",\"outcome\":\"ok\",\"errors\":[],\"fault\":null,"
            + "\"leaks\":{\"bytes\":0,\"allocations\":0},\"stdout\":\"hola\\n\",\"exit\":0,",
        run.out().substring(0, run.out().indexOf("\"steps\"")));
    assertTrue(run.out().endsWith(",\"problem\":null}\n"), run.out());
  }

  @Test
  void aCompileErrorIsReportedWithTheSourceLineAndFailsUnlessExpected() throws IOException {
    String bad = MOVE.replace("println!(\"{s2}\");", "println!(\"{s1}\");");
    CliRun run = run("simulate", file("moved.rs", bad));
    assertEquals(ExitCodes.FAILED, run.exitCode(), run.out());
    assertTrue(run.out().contains("error[E0382]: borrow of moved value: `s1`\n"), run.out());
    assertTrue(run.out().contains("4 |     println!(\"{s1}\");\n"), run.out());
    assertTrue(run.out().contains("add // @expect(E0382) to this line"), run.out());

    String expected = bad.replace("println!(\"{s1}\");", "println!(\"{s1}\"); // @expect(E0382)");
    CliRun accepted = run("simulate", file("expected.rs", expected));
    assertEquals(ExitCodes.OK, accepted.exitCode(), accepted.out());
    assertTrue(accepted.out().endsWith("1 program simulated; all as expected.\n"), accepted.out());
  }

  @Test
  void aCFaultKeepsTheOutputBeforeItAndTheExitStatusOfAsan() throws IOException {
    String program =
        file("uaf.c", USE_AFTER_FREE.replace("MARKER", " // @expect(heap-use-after-free)"));
    CliRun run = run("simulate", "--json", program);
    assertEquals(ExitCodes.OK, run.exitCode(), run.out());
    assertTrue(run.out().contains("\"outcome\":\"runtime-error\""), run.out());
    assertTrue(run.out().contains("\"fault\":{\"kind\":\"heap-use-after-free\",\"line\":10,"));
    assertTrue(run.out().contains("\"stdout\":\"42\\n\",\"exit\":1,"), run.out());
  }

  @Test
  void runsEveryScenarioBlockOfANoteWithTheNotesLineNumbers() throws IOException {
    String note =
        "# Memory\n\nText.\n\n```rust memory\n"
            + MOVE
            + "```\n\n```c memory\n"
            + USE_AFTER_FREE.replace("MARKER", "")
            + "```\n\n```rust\nfn not_a_scenario() {}\n```\n";
    String path = file("Memory.md", note);
    CliRun json = run("simulate", "--json", path);
    List<String> lines = json.out().lines().toList();
    assertEquals(2, lines.size(), json.out());
    assertTrue(lines.get(0).startsWith("{\"source\":\"" + path + ":5\",\"lang\":\"rust\""));
    assertTrue(lines.get(1).startsWith("{\"source\":\"" + path + ":13\",\"lang\":\"c\""));
    assertEquals(ExitCodes.FAILED, json.exitCode(), "the C block's fault is not expected");

    CliRun text = run("simulate", "--lang", "c", path);
    assertTrue(text.out().startsWith("== " + path + ":13, block 2 (c): runtime-error, exit 1\n"));
    assertTrue(
        text.out().contains("--> " + path + ":23:"), "file line of the fault: " + text.out());
    assertTrue(
        text.out().contains("freed at line 22, allocated at line 19"),
        "the message names the note's lines too: " + text.out());
  }

  @Test
  void aRunawayProgramStopsAtTheStepLimit() throws IOException {
    String program =
        file("loop.rs", "fn main() {\n    let mut i = 0;\n    loop {\n        i += 1;\n    }\n}\n");
    CliRun run = run("simulate", "--json", "--max-steps", "10000", program);
    assertEquals(ExitCodes.FAILED, run.exitCode());
    assertTrue(run.out().contains("\"outcome\":\"limit-exceeded\""), run.out());
    assertTrue(run.out().contains("step limit"), run.out());
  }

  @Test
  void aFileOfUnknownLanguageOrMissingIsAUsageError() throws IOException {
    CliRun unknown = run("simulate", file("prog.txt", MOVE));
    assertEquals(ExitCodes.USAGE, unknown.exitCode());
    assertTrue(unknown.err().contains("add --lang rust|c"), unknown.err());
    assertEquals(
        ExitCodes.OK, run("simulate", "--lang", "rust", file("prog2.txt", MOVE)).exitCode());
    CliRun missing = run("simulate", temp.resolve("nope.c").toString());
    assertEquals(ExitCodes.USAGE, missing.exitCode());
    assertTrue(missing.err().contains("nope.c"), missing.err());
  }
}
