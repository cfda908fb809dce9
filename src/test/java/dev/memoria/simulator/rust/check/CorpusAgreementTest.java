package dev.memoria.simulator.rust.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.memoria.simulator.rust.syntax.Parsed;
import dev.memoria.simulator.rust.syntax.Parser;
import dev.memoria.simulator.rust.types.TypeChecker;
import dev.memoria.simulator.rust.types.TypedProgram;
import dev.memoria.simulator.trace.CompileError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the checker over every Rust program of the labelled corpus that parses, and compares the
 * (code, line, column) and message of each error with rustc's label.
 */
class CorpusAgreementTest {

  private static final Path CORPUS =
      Path.of("src/test/resources/dev/memoria/simulator/corpus/rust");
  private static final Pattern ERROR =
      Pattern.compile(
          "\"code\"\\s*:\\s*\"(E\\d+)\"\\s*,\\s*\"line\"\\s*:\\s*(\\d+)\\s*,\\s*\"column\"\\s*:\\s*(\\d+)"
              + "\\s*,\\s*\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  @Test
  void agreesWithRustcOnTheCorpus() throws IOException {
    List<String> disagreements = new ArrayList<>();
    List<Path> programs;
    try (Stream<Path> files = Files.list(CORPUS)) {
      programs = files.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
    }
    for (Path program : programs) {
      String source = Files.readString(program, StandardCharsets.UTF_8);
      Parsed parsed = Parser.parse(source);
      if (!parsed.ok()) {
        continue;
      }
      TypedProgram typed = TypeChecker.check(parsed.crate());
      if (!typed.ok()) {
        continue;
      }
      String name = program.getFileName().toString();
      Path label = program.resolveSibling(name.replace(".rs", ".label.json"));
      List<String> expected = new ArrayList<>();
      Matcher matcher = ERROR.matcher(Files.readString(label, StandardCharsets.UTF_8));
      while (matcher.find()) {
        String message = matcher.group(4).replace("\\\"", "\"").replace("\\\\", "\\");
        expected.add(
            matcher.group(1) + " " + matcher.group(2) + ":" + matcher.group(3) + " " + message);
      }
      List<String> actual = new ArrayList<>();
      for (CompileError error : RustChecker.check(typed)) {
        actual.add(
            error.code()
                + " "
                + error.primary().line()
                + ":"
                + error.primary().column()
                + " "
                + error.message());
      }
      if (!expected.equals(actual)) {
        disagreements.add(name + ": expected " + expected + " but got " + actual);
      }
    }
    assertEquals("", String.join("\n", disagreements));
  }
}
