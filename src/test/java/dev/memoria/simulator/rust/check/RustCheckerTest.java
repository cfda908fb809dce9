package dev.memoria.simulator.rust.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.simulator.rust.syntax.Parsed;
import dev.memoria.simulator.rust.syntax.Parser;
import dev.memoria.simulator.rust.types.TypeChecker;
import dev.memoria.simulator.rust.types.TypedProgram;
import dev.memoria.simulator.trace.CompileError;
import dev.memoria.simulator.trace.Span;
import dev.memoria.simulator.trace.SpanLabel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the checker over programs labelled by rustc 1.95 ({@code NAME.rs} with {@code
 * NAME.expected}, written by {@code relabel.py}) and compares every error: code, primary span,
 * message and label, and the secondary labels.
 */
class RustCheckerTest {

  private static final String DIR = "/dev/memoria/simulator/rust/check/";

  /** Programs, and what to compare: "full" for every label, "primary" for code and position. */
  private static final List<String> PROGRAMS =
      List.of(
          "e0106a",
          "e0106b",
          "e0373a",
          "e0381a",
          "e0381b",
          "e0382a",
          "e0382b",
          "e0382c",
          "e0382d",
          "e0382e",
          "e0382f",
          "e0382g",
          "e0382h",
          "e0382_mix",
          "e0384a",
          "e0384b",
          "e0499a",
          "e0499b",
          "e0502a",
          "e0502b",
          "e0505a",
          "e0505b",
          "e0506a",
          "e0507a",
          "e0507b",
          "e0515a",
          "e0515b",
          "e0594a",
          "e0594b",
          "e0596a",
          "e0596b",
          "e0596c",
          "e0597a",
          "e0597b",
          "e0716a",
          "e0716b",
          "ok1",
          "ok2",
          "ord1",
          "ord2",
          "twophase_pop",
          "ok_structs_loops",
          "mixed_methods",
          "mixed_index_box",
          "lifetime_struct_e0106",
          "lifetime_struct_e0502",
          "lifetime_struct_e0505",
          "lifetime_struct_e0506",
          "lifetime_struct_e0597",
          "lifetime_struct_ok",
          "e0382_inferred_types",
          "lifetime_drop_e0505",
          "lifetime_drop_e0597");

  static String read(String name) {
    try (InputStream in = RustCheckerTest.class.getResourceAsStream(DIR + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<CompileError> check(String source) {
    Parsed parsed = Parser.parse(source);
    assertTrue(parsed.ok(), () -> "parse problems: " + parsed.problems());
    TypedProgram typed = TypeChecker.check(parsed.crate());
    assertTrue(typed.ok(), () -> "type problems: " + typed.problems());
    return RustChecker.check(typed);
  }

  private static String span(Span s) {
    return s.line() + ":" + s.column() + "-" + s.endLine() + ":" + s.endColumn();
  }

  /** Errors in the .expected format: the primary line, then one line per secondary label. */
  static String render(List<CompileError> errors, boolean full) {
    StringBuilder out = new StringBuilder();
    for (CompileError error : errors) {
      out.append(error.code()).append(' ').append(span(error.primary())).append(" | ");
      out.append(error.message()).append(" | ").append(error.label()).append('\n');
      if (full) {
        for (SpanLabel label : error.secondary()) {
          out.append("  ").append(span(label.span())).append(" | ").append(label.label());
          out.append('\n');
        }
      }
    }
    return out.toString();
  }

  static String primaryOnly(String expected) {
    StringBuilder out = new StringBuilder();
    for (String line : expected.split("\n", -1)) {
      if (!line.isEmpty() && !line.startsWith(" ")) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  @TestFactory
  Stream<DynamicTest> matchesRustcOnEveryPrimarySpanAndMessage() {
    return PROGRAMS.stream()
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () ->
                        assertEquals(
                            primaryOnly(read(name + ".expected")),
                            render(check(read(name + ".rs")), false))));
  }

  @TestFactory
  Stream<DynamicTest> matchesRustcOnSecondaryLabels() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String name : PROGRAMS) {
      tests.add(
          DynamicTest.dynamicTest(
              name,
              () ->
                  assertEquals(read(name + ".expected"), render(check(read(name + ".rs")), true))));
    }
    return tests.stream();
  }

  @Test
  void acceptsTwoPhaseBorrowOfPushWithLen() {
    String source =
        """
        fn main() {
            let mut v = vec![1, 2];
            v.push(v.len());
            println!("{:?}", v);
        }
        """;
    assertEquals(List.of(), check(source));
  }

  @Test
  void aCompoundAssignmentOfAReferencedValueStoresNoLoan() {
    String source =
        """
        fn main() {
            let mut total = 0;
            {
                let v: Vec<i32> = vec![1, 2];
                for x in &v {
                    total += x;
                }
            }
            println!("{}", total);
        }
        """;
    assertEquals(List.of(), check(source));
  }

  @Test
  void reportsUseAfterMoveInAnInlineFormatArgument() {
    String source =
        """
        fn main() {
            let s1 = String::from("hola");
            let s2 = s1;
            println!("{s1} {s2}");
        }
        """;
    List<CompileError> errors = check(source);
    assertEquals(1, errors.size());
    assertEquals("E0382", errors.get(0).code());
    assertEquals(new Span(4, 16, 4, 18), errors.get(0).primary());
  }
}
