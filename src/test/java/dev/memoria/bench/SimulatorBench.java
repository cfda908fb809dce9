package dev.memoria.bench;

import dev.memoria.simulator.Dialect;
import dev.memoria.simulator.Limits;
import dev.memoria.simulator.Program;
import dev.memoria.simulator.Simulation;
import dev.memoria.simulator.Simulator;
import dev.memoria.simulator.trace.Outcome;
import java.util.Arrays;
import java.util.Locale;

/**
 * The simulator's speed budgets (issue 4): one million simulated steps in under 2 s, and a 40-line
 * teaching program in under 5 ms once warmed up. Run by {@code .ci/bench-simulator}; exits 1 when a
 * budget is missed or a program does not run cleanly.
 */
public final class SimulatorBench {

  private static final double MILLION_STEPS_BUDGET_S = 2.0;
  private static final double TEACHING_BUDGET_MS = 5.0;

  private static final String RUST_LOOP =
      """
      fn main() {
          let mut i: i64 = 0;
          let mut sum: i64 = 0;
          while i < %d {
              sum += i * 2 + 1;
              i += 1;
          }
          println!("{}", sum);
      }
      """;

  private static final String C_LOOP =
      """
      #include <stdio.h>

      int main(void) {
          long i = 0;
          long sum = 0;
          while (i < %d) {
              sum += i * 2 + 1;
              i += 1;
          }
          printf("%%ld\\n", sum);
          return 0;
      }
      """;

  /** About 40 lines: a struct, a Box, a String, a Vec that grows, a loop, drops at scope ends. */
  static final String RUST_TEACHING =
      """
      #[derive(Debug)]
      struct Punto {
          x: i32,
          y: i32,
      }

      impl Drop for Punto {
          fn drop(&mut self) {
              println!("drop Punto({}, {})", self.x, self.y);
          }
      }

      fn largo(s: &String) -> usize {
          s.len()
      }

      fn main() {
          let a = 1; // @show
          let s1 = String::from("hola"); // @show
          let s2 = s1; // @show
          println!("{} {}", s2, largo(&s2));
          {
              let b = Box::new(Punto { x: 3, y: 4 }); // @show
              println!("{}", b.x + a);
          } // @show
          let mut v: Vec<i32> = Vec::new();
          for i in 0..10 {
              v.push(i * i);
          }
          println!("{} {}", v.len(), v.capacity());
          let mut total = 0;
          for x in &v {
              total += x;
          }
          println!("{:?} {}", v, total);
          let p = Punto { x: 1, y: 2 };
          println!("{:?}", p);
      } // @show
      """;

  static final String C_TEACHING =
      """
      #include <stdio.h>
      #include <stdlib.h>
      #include <string.h>

      struct node {
          int value;
          struct node *next;
      };

      char *copy(const char *s) {
          char *p = malloc(strlen(s) + 1); // @show
          strcpy(p, s);
          return p;
      }

      struct node *push(struct node *head, int value) {
          struct node *n = malloc(sizeof(struct node));
          n->value = value;
          n->next = head;
          return n;
      }

      int main(void) {
          char *a = copy("hola"); // @show
          printf("%s %zu\\n", a, strlen(a));
          struct node *list = NULL;
          for (int i = 0; i < 5; i++) {
              list = push(list, i * i); // @show
          }
          int sum = 0;
          for (struct node *n = list; n != NULL; n = n->next) {
              sum += n->value;
          }
          printf("%d\\n", sum);
          while (list != NULL) {
              struct node *next = list->next;
              free(list);
              list = next;
          }
          free(a); // @show
          return 0;
      }
      """;

  private SimulatorBench() {}

  public static void main(String[] args) {
    Simulator simulator = new Simulator(Limits.DEFAULT.withMaxSteps(100_000_000L));
    boolean ok = true;
    ok &= millionSteps(simulator, Dialect.RUST, RUST_LOOP);
    ok &= millionSteps(simulator, Dialect.C, C_LOOP);
    ok &= teaching(simulator, Dialect.RUST, RUST_TEACHING);
    ok &= teaching(simulator, Dialect.C, C_TEACHING);
    System.out.println(
        "budget: 1,000,000 steps < "
            + MILLION_STEPS_BUDGET_S
            + " s; a 40-line program < "
            + TEACHING_BUDGET_MS
            + " ms warm");
    System.exit(ok ? 0 : 1);
  }

  /** Times a loop sized to at least a million steps, after a warm-up run. */
  private static boolean millionSteps(Simulator simulator, Dialect dialect, String template) {
    Simulation probe = simulator.run(program(dialect, template.formatted(1000)));
    if (!ranCleanly(probe)) {
      return false;
    }
    long perTurn = Math.max(1, probe.trace().executedSteps() / 1000);
    int turns = (int) Math.max(1000, 1_000_000 / perTurn + 1);
    Program program = program(dialect, template.formatted(turns));
    simulator.run(program);
    long start = System.nanoTime();
    Simulation run = simulator.run(program);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (!ranCleanly(run)) {
      return false;
    }
    double perMillion = seconds * 1_000_000 / run.trace().executedSteps();
    boolean within = perMillion < MILLION_STEPS_BUDGET_S;
    System.out.printf(
        Locale.ROOT,
        "%-4s %,d steps in %.3f s: %.3f s per million steps (%s)%n",
        dialect.id(),
        run.trace().executedSteps(),
        seconds,
        perMillion,
        within ? "within budget" : "OVER BUDGET");
    return within;
  }

  /** The median time of a teaching program over 200 runs, after 300 warm-up runs. */
  private static boolean teaching(Simulator simulator, Dialect dialect, String source) {
    Program program = program(dialect, source);
    Simulation first = simulator.run(program);
    if (!ranCleanly(first)) {
      return false;
    }
    for (int i = 0; i < 300; i++) {
      simulator.run(program);
    }
    double[] millis = new double[200];
    for (int i = 0; i < millis.length; i++) {
      long start = System.nanoTime();
      simulator.run(program);
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    double median = millis[millis.length / 2];
    boolean within = median < TEACHING_BUDGET_MS;
    System.out.printf(
        Locale.ROOT,
        "%-4s %d-line teaching program, %d steps recorded: median %.3f ms, 90th percentile %.3f"
            + " ms (%s)%n",
        dialect.id(),
        source.split("\n").length,
        first.trace().steps().size(),
        median,
        millis[millis.length * 9 / 10],
        within ? "within budget" : "OVER BUDGET");
    return within;
  }

  private static Program program(Dialect dialect, String source) {
    return new Program("bench" + dialect.extension(), dialect, source);
  }

  private static boolean ranCleanly(Simulation simulation) {
    if (simulation.verdict().outcome() == Outcome.OK && simulation.verdict().leaks().bytes() == 0) {
      return true;
    }
    System.out.println(
        "bench: "
            + simulation.program().dialect().id()
            + " program did not run cleanly: "
            + simulation.verdict().outcome().id()
            + " "
            + simulation.verdict().problem().map(p -> p.at().line() + ": " + p.message()).orElse("")
            + simulation.verdict().errors()
            + simulation.verdict().fault().map(Object::toString).orElse(""));
    return false;
  }
}
