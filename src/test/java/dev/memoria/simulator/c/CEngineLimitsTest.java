package dev.memoria.simulator.c;

import static dev.memoria.simulator.c.CPrograms.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.simulator.Limits;
import dev.memoria.simulator.Simulation;
import dev.memoria.simulator.trace.Outcome;
import dev.memoria.simulator.trace.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CEngineLimitsTest {

  private static void assertLimit(Verdict v, String limit, int line) {
    assertEquals(Outcome.LIMIT_EXCEEDED, v.outcome(), () -> v.toString());
    String message = v.problem().orElseThrow().message();
    assertTrue(message.contains(limit), message);
    assertEquals(line, v.problem().get().at().line(), message);
  }

  @Test
  void stopsAnEndlessLoopAtTheStepLimit() {
    Verdict v =
        run(
                """
                int main(void) {
                    int i = 0;
                    while (1) {
                        i++;
                    }
                }
                """,
                Limits.DEFAULT.withMaxSteps(10_000))
            .verdict();
    assertLimit(v, "maxSteps", 3);
  }

  @Test
  void stopsRecursionOneHundredThousandDeepAtTheCallDepthLimit() {
    Verdict v =
        run("""
                int depth(int n) {
                    if (n == 0) return 0;
                    return 1 + depth(n - 1);
                }
                int main(void) {
                    return depth(100000);
                }
                """)
            .verdict();
    assertLimit(v, "maxCallDepth", 3);
    assertTrue(v.problem().get().message().contains("200"));
  }

  @Test
  void stopsRunawayAllocationAtTheHeapLimit() {
    Verdict v =
        run(
                """
                #include <stdlib.h>
                int main(void) {
                    char *keep[100];
                    for (int i = 0; i < 100; i++) {
                        keep[i] = malloc(1 << 20);
                    }
                    return keep[0] == NULL;
                }
                """,
                Limits.DEFAULT.withMaxSnapshots(1000))
            .verdict();
    assertLimit(v, "maxHeapBytes", 5);
  }

  @Test
  void stopsRunawayOutputAtTheOutputLimitKeepingWhatFits() {
    Verdict v =
        run(
                """
                #include <stdio.h>
                int main(void) {
                    for (;;) printf("0123456789\\n");
                }
                """,
                Limits.DEFAULT.withMaxOutputBytes(100))
            .verdict();
    assertLimit(v, "maxOutputBytes", 3);
    assertEquals(100, v.stdout().length());
  }

  @Test
  void stopsWhenMarkedStepsWouldPassTheSnapshotLimit() {
    Simulation s =
        run(
            """
            #include <stdlib.h>
            int main(void) {
                for (int i = 0; i < 50; i++) {
                    free(malloc(4)); // @show
                }
                return 0;
            }
            """,
            Limits.DEFAULT.withMaxSnapshots(10));
    assertLimit(s.verdict(), "maxSnapshots", 4);
    assertEquals(10, s.trace().steps().size());
  }

  @Test
  void stepsForMemoryEventsAloneUseHalfTheSnapshotBudgetAndTheRunGoesOn() {
    Simulation s =
        run(
            """
            #include <stdlib.h>
            int main(void) {
                for (int i = 0; i < 50; i++) {
                    free(malloc(4));
                }
                return 0;
            }
            """,
            Limits.DEFAULT.withMaxSnapshots(10));
    assertEquals(Outcome.OK, s.verdict().outcome(), () -> s.verdict().toString());
    assertEquals(0, s.verdict().exit().getAsInt());
    assertEquals(5, s.trace().steps().size());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "union u { int a; char b; }; int main(void) { return 0; }|`union`|1",
        "int main(void) {\\n  goto end;\\n  end: return 0;\\n}|`goto`|2",
        "int main(void) {\\n  int x = 1;\\n  switch (x) { default: break; }\\n  return 0;\\n}|`switch`|3",
        "int f(int x) { return x; }\\nint main(void) {\\n  int (*g)(int) = f;\\n  return g(1);\\n}|function pointer|3",
        "#include <stdio.h>\\nint main(void) {\\n  int x;\\n  scanf(\"%d\", &x);\\n  return x;\\n}|`scanf`|4",
        "#define N 3\\nint main(void) { return N; }|`#define`|1",
        "#include <math.h>\\nint main(void) { return 0; }|math.h|1",
        "int main(void) {\\n  float f = 1;\\n  return (int) f;\\n}|`float`|2",
        "int main(void) {\\n  int n = 3;\\n  int a[n];\\n  return 0;\\n}|variable-length array|3",
        "int sum(int n, ...) { return n; }\\nint main(void) { return sum(1, 2); }|variadic|1",
        "enum color { RED };\\nint main(void) { return 0; }|`enum`|1",
        "int main(int argc, char **argv) { return argc; }|`main` with parameters|1",
        "struct s { int a : 3; };\\nint main(void) { return 0; }|bit-field|1",
        "int main(void) {\\n  int a[2];\\n  return (long) a;\\n}|to an integer|3",
        "int main(void) {\\n  int big[1000000];\\n  return 0;\\n}|a local of 4000000 bytes|2",
        "int main(void) {\\n  int x = 0;\\n  return 1 / x;\\n}|SIGFPE|3",
      })
  void namesTheUnsupportedConstructAndItsLine(String source, String construct, int line) {
    Verdict v = run(source.replace("\\n", "\n")).verdict();
    assertEquals(Outcome.UNSUPPORTED, v.outcome(), () -> v.toString());
    String message = v.problem().orElseThrow().message();
    assertTrue(message.contains(construct), message);
    assertEquals(line, v.problem().get().at().line(), message);
  }

  @Test
  void reportsAReadOfAnUninitialisedLocalAsGarbageNotAVerdict() {
    Verdict v =
        run("""
                #include <stdio.h>
                int main(void) {
                    int x;
                    int y = 2;
                    printf("%d\\n", x + y);
                    return 0;
                }
                """)
            .verdict();
    assertEquals(Outcome.UNSUPPORTED, v.outcome());
    assertEquals(
        "reads `x` before it is written (line 5): the result depends on garbage",
        v.problem().orElseThrow().message());
  }

  @Test
  void reportsAReadOfUnwrittenHeapMemoryAsGarbage() {
    Verdict v =
        run("""
                #include <stdlib.h>
                int main(void) {
                    int *a = malloc(3 * sizeof(int));
                    a[0] = 1;
                    int total = a[0] + a[1];
                    free(a);
                    return total;
                }
                """)
            .verdict();
    assertEquals(Outcome.UNSUPPORTED, v.outcome());
    assertTrue(
        v.problem()
            .orElseThrow()
            .message()
            .startsWith("reads `a[1]` before it is written (line 5)"));
  }

  @Test
  void reportsDeeplyNestedExpressionsAsUnsupportedInsteadOfCrashing() {
    String nested = "(".repeat(5000) + "1" + ")".repeat(5000);
    Verdict v = run("int main(void) { return " + nested + "; }\n").verdict();
    assertEquals(Outcome.UNSUPPORTED, v.outcome());
    assertTrue(v.problem().orElseThrow().message().contains("nested too deeply"));
  }

  @Test
  void runsAMillionStepsToTheEnd() {
    // The speed budget itself is measured by .ci/bench-simulator, not in a unit test.
    String source =
        """
        int main(void) {
            long sum = 0;
            for (int i = 0; i < 300000; i++) {
                sum += i % 7;
            }
            return sum == 899997 ? 0 : 1;
        }
        """;
    Simulation s = run(source, Limits.DEFAULT.withMaxSteps(5_000_000));
    assertEquals(Outcome.OK, s.verdict().outcome(), () -> s.verdict().toString());
    assertEquals(0, s.verdict().exit().getAsInt());
    assertTrue(s.trace().executedSteps() >= 1_000_000, "" + s.trace().executedSteps());
  }
}
