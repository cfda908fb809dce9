package dev.memoria.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.memoria.simulator.trace.CompileError;
import dev.memoria.simulator.trace.Fault;
import dev.memoria.simulator.trace.FaultKind;
import dev.memoria.simulator.trace.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The simulator against the real tools: every corpus program must get the verdict rustc or gcc with
 * AddressSanitizer gave it, as stored in its label by {@code .ci/label-simulator-corpus}.
 */
class CorpusTest {

  private static final Path CORPUS = Path.of("src/test/resources/dev/memoria/simulator/corpus");

  /** The codes issue 4 requires; each must stay covered by at least two programs. */
  private static final List<String> ERROR_CODES =
      List.of(
          "E0382", "E0499", "E0502", "E0505", "E0506", "E0597", "E0384", "E0596", "E0594", "E0716",
          "E0106", "E0373", "E0507", "E0515", "E0381");

  private static final int MIN_PROGRAMS = 100;
  private static final int SHOWN_CHARS = 70;

  @Test
  void everyProgramAgreesWithTheRealTools() throws IOException {
    Simulator simulator = new Simulator(Limits.DEFAULT);
    List<CorpusProgram> programs = programs();
    List<String> disagreements = new ArrayList<>();
    Map<String, Integer> byField = new TreeMap<>();
    for (CorpusProgram program : programs) {
      List<Mismatch> mismatches;
      try {
        mismatches = compare(program.label(), simulator.run(program.program()).verdict());
      } catch (RuntimeException e) {
        // One crashing program must not hide the verdicts of all the others.
        mismatches = List.of(new Mismatch("crash", "a verdict", e.toString()));
      }
      if (!mismatches.isEmpty()) {
        disagreements.add(
            program.relativeName()
                + ": "
                + mismatches.stream().map(Mismatch::toString).collect(Collectors.joining("; ")));
        mismatches.forEach(m -> byField.merge(m.field(), 1, Integer::sum));
      }
    }
    if (!disagreements.isEmpty()) {
      fail(
          disagreements.size()
              + " of "
              + programs.size()
              + " corpus programs disagree with rustc/ASan (mismatches by field: "
              + byField
              + "):\n  "
              + String.join("\n  ", disagreements));
    }
  }

  @Test
  void corpusKeepsItsSizeMixAndCoverage() throws IOException {
    List<CorpusProgram> programs = programs();
    long rust = programs.stream().filter(p -> p.program().dialect() == Dialect.RUST).count();
    assertTrue(programs.size() >= MIN_PROGRAMS, "only " + programs.size() + " corpus programs");
    double rustShare = (double) rust / programs.size();
    assertTrue(
        rustShare >= 0.55 && rustShare <= 0.78,
        "about 2/3 of the corpus must be Rust, but " + rust + " of " + programs.size() + " are");

    Map<String, Integer> programsPerCode = new TreeMap<>();
    Set<String> faultKinds = new TreeSet<>();
    Set<String> outcomes = new TreeSet<>();
    int leaking = 0;
    for (CorpusProgram program : programs) {
      Label label = program.label();
      outcomes.add(label.outcome());
      label.errors().stream()
          .map(ErrorAt::code)
          .distinct()
          .forEach(code -> programsPerCode.merge(code, 1, Integer::sum));
      label.fault().ifPresent(fault -> faultKinds.add(fault.kind()));
      leaking += label.leakAllocations() > 0 ? 1 : 0;
    }
    List<String> thinCodes =
        ERROR_CODES.stream().filter(code -> programsPerCode.getOrDefault(code, 0) < 2).toList();
    assertEquals(List.of(), thinCodes, "error codes labelled in fewer than two programs");
    List<String> missingKinds =
        Stream.of(FaultKind.values())
            .map(FaultKind::id)
            .filter(kind -> !faultKinds.contains(kind))
            .toList();
    assertEquals(List.of(), missingKinds, "fault kinds no label shows");
    assertEquals(Set.of("compile-error", "ok", "runtime-error"), outcomes);
    assertTrue(leaking >= 5, "only " + leaking + " C programs leak");
  }

  @Test
  void everyProgramHasALabelAndReadableMarkers() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Dialect dialect : Dialect.values()) {
      try (Stream<Path> files = Files.list(CORPUS.resolve(dialect.id()))) {
        for (Path file : files.sorted().toList()) {
          String name = file.getFileName().toString();
          if (name.endsWith(".label.json")) {
            String program = name.substring(0, name.length() - ".label.json".length());
            if (!Files.exists(file.resolveSibling(program + dialect.extension()))) {
              problems.add(dialect.id() + "/" + name + ": label without a program");
            }
          } else if (name.endsWith(dialect.extension())) {
            if (!Files.exists(labelOf(file))) {
              problems.add(
                  dialect.id() + "/" + name + ": no label; run .ci/label-simulator-corpus");
            }
            String source = Files.readString(file, StandardCharsets.UTF_8);
            MarkerParser.parse(source, dialect).problems().stream()
                .map(p -> dialect.id() + "/" + name + ":" + p.line() + ": " + p.message())
                .forEach(problems::add);
          } else {
            problems.add(dialect.id() + "/" + name + ": neither a program nor a label");
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  private static List<Mismatch> compare(Label expected, Verdict actual) {
    List<Mismatch> out = new ArrayList<>();
    String outcome =
        actual.outcome().id()
            + actual
                .problem()
                .map(p -> " (line " + p.at().line() + ": " + p.message() + ")")
                .orElse("");
    check(out, "outcome", expected.outcome(), outcome);
    SortedSet<String> actualErrors = new TreeSet<>();
    for (CompileError error : actual.errors()) {
      actualErrors.add(error.code() + "@" + error.primary().line());
    }
    SortedSet<String> expectedErrors = new TreeSet<>();
    expected.errors().forEach(e -> expectedErrors.add(e.code() + "@" + e.line()));
    check(out, "errors", expectedErrors.toString(), actualErrors.toString());
    check(
        out,
        "fault",
        expected.fault().map(f -> f.kind() + "@" + f.line()).orElse("none"),
        actual.fault().map(CorpusTest::describe).orElse("none"));
    check(out, "leak bytes", expected.leakBytes(), actual.leaks().bytes());
    check(out, "leak allocations", expected.leakAllocations(), actual.leaks().allocations());
    if (!expected.stdout().equals(actual.stdout())) {
      out.add(stdoutMismatch(expected.stdout(), actual.stdout()));
    }
    check(out, "exit", describe(expected.exit()), describe(actual.exit()));
    return out;
  }

  private static void check(List<Mismatch> out, String field, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      out.add(new Mismatch(field, String.valueOf(expected), String.valueOf(actual)));
    }
  }

  /** Shows where the outputs part, since whole outputs are too long to read in a list. */
  private static Mismatch stdoutMismatch(String expected, String actual) {
    int at = 0;
    while (at < expected.length()
        && at < actual.length()
        && expected.charAt(at) == actual.charAt(at)) {
      at++;
    }
    int line = (int) expected.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    int from = Math.max(0, expected.lastIndexOf('\n', Math.max(0, at - 1)) + 1);
    from = Math.min(from, Math.min(at, actual.length()));
    String field = at == 0 ? "stdout" : "stdout (from line " + line + ")";
    return new Mismatch(field, quote(expected.substring(from)), quote(actual.substring(from)));
  }

  private static String quote(String text) {
    String escaped = text.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"");
    if (escaped.length() > SHOWN_CHARS) {
      escaped = escaped.substring(0, SHOWN_CHARS) + "...";
    }
    return "\"" + escaped + "\"";
  }

  private static String describe(Fault fault) {
    return fault.kind().id() + "@" + fault.at().line();
  }

  private static String describe(OptionalInt exit) {
    return exit.isPresent() ? Integer.toString(exit.getAsInt()) : "none";
  }

  private static List<CorpusProgram> programs() throws IOException {
    List<CorpusProgram> programs = new ArrayList<>();
    for (Dialect dialect : Dialect.values()) {
      try (Stream<Path> files = Files.list(CORPUS.resolve(dialect.id()))) {
        for (Path file :
            files.filter(f -> f.toString().endsWith(dialect.extension())).sorted().toList()) {
          String name = file.getFileName().toString();
          String source = Files.readString(file, StandardCharsets.UTF_8);
          programs.add(
              new CorpusProgram(
                  dialect.id() + "/" + name,
                  new Program(name, dialect, source),
                  Label.read(labelOf(file))));
        }
      }
    }
    assertTrue(!programs.isEmpty(), "no corpus programs under " + CORPUS.toAbsolutePath());
    return programs;
  }

  private static Path labelOf(Path program) {
    String name = program.getFileName().toString();
    return program.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".label.json");
  }

  private record CorpusProgram(String relativeName, Program program, Label label) {}

  private record Mismatch(String field, String expected, String actual) {
    @Override
    public String toString() {
      return field + " expected " + expected + ", got " + actual;
    }
  }

  private record ErrorAt(String code, int line) {}

  private record FaultAt(String kind, int line) {}

  /** A {@code .label.json} file: what rustc or gcc with ASan said about one program. */
  private record Label(
      String outcome,
      List<ErrorAt> errors,
      Optional<FaultAt> fault,
      long leakBytes,
      int leakAllocations,
      String stdout,
      OptionalInt exit) {

    /** Reads a label; JSON is YAML 1.2, so the YAML library the project already has reads it. */
    static Label read(Path file) throws IOException {
      Object parsed =
          new Load(LoadSettings.builder().build())
              .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
      Map<?, ?> root = map(parsed, file);
      List<ErrorAt> errors = new ArrayList<>();
      for (Object item : (List<?>) field(root, "errors", file)) {
        Map<?, ?> error = map(item, file);
        errors.add(new ErrorAt((String) field(error, "code", file), number(error, "line", file)));
      }
      Object fault = field(root, "fault", file);
      Optional<FaultAt> faultAt =
          fault == null
              ? Optional.empty()
              : Optional.of(
                  new FaultAt(
                      (String) field(map(fault, file), "kind", file),
                      number(map(fault, file), "line", file)));
      Map<?, ?> leaks = map(field(root, "leaks", file), file);
      Object exit = field(root, "exit", file);
      return new Label(
          ((String) field(root, "outcome", file)).toLowerCase(Locale.ROOT),
          errors,
          faultAt,
          number(leaks, "bytes", file),
          number(leaks, "allocations", file),
          (String) field(root, "stdout", file),
          exit == null ? OptionalInt.empty() : OptionalInt.of(((Number) exit).intValue()));
    }

    private static Map<?, ?> map(Object value, Path file) {
      if (!(value instanceof Map<?, ?> map)) {
        throw new IllegalStateException(file + ": expected a JSON object, found " + value);
      }
      return map;
    }

    private static Object field(Map<?, ?> map, String key, Path file) {
      if (!map.containsKey(key)) {
        throw new IllegalStateException(file + ": no \"" + key + "\"; relabel the corpus");
      }
      return map.get(key);
    }

    private static int number(Map<?, ?> map, String key, Path file) {
      return ((Number) field(map, key, file)).intValue();
    }
  }
}
