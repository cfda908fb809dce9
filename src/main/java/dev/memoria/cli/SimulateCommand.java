package dev.memoria.cli;

import dev.memoria.config.SiteConfig;
import dev.memoria.config.SiteConfigLoader;
import dev.memoria.core.Diagnostics;
import dev.memoria.markdown.NoteParser;
import dev.memoria.markdown.ParsedNote;
import dev.memoria.markdown.ScenarioBlock;
import dev.memoria.scenarios.ScenarioResult;
import dev.memoria.scenarios.ScenarioRunner;
import dev.memoria.simulator.Dialect;
import dev.memoria.simulator.Limits;
import dev.memoria.simulator.Program;
import dev.memoria.simulator.VerdictJson;
import dev.memoria.vault.SourceNote;
import dev.memoria.vault.VaultReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code memoria simulate}: runs scenario programs and prints the verdict rustc and ASan give. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Runs Rust and C scenario programs in the bundled memory simulator (no compiler needed) and"
          + " prints what rustc and AddressSanitizer would say: compile errors, runtime faults,"
          + " leaks, output and exit status.",
      "FILE is a .rs or .c program, or a .md note (every ```rust memory and ```c memory block"
          + " in it)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every program behaved as its @expect markers say (none: compiles, runs cleanly)",
      "1:a program failed unexpectedly, missed an expectation or could not be simulated",
      "2:bad usage, or a file that cannot be read"
    })
public final class SimulateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Programs or notes to run.")
  List<Path> files;

  @Option(names = "--json", description = "One JSON object per program or block, one per line.")
  boolean json;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description =
          "rust or c: the language of files whose extension does not say; for notes, run only"
              + " the blocks in this language.",
      converter = DialectConverter.class)
  Optional<Dialect> lang;

  @Option(
      names = "--max-steps",
      paramLabel = "N",
      description = "Stop after N evaluation steps (default: ${DEFAULT-VALUE}).",
      defaultValue = "1000000")
  long maxSteps;

  @Option(
      names = "--max-heap",
      paramLabel = "BYTES",
      description = "Stop when more than BYTES are allocated at once (default: ${DEFAULT-VALUE}).",
      defaultValue = "16777216")
  long maxHeap;

  @Option(
      names = "--max-depth",
      paramLabel = "N",
      description = "Stop when a call stack is deeper than N frames (default: ${DEFAULT-VALUE}).",
      defaultValue = "200")
  int maxDepth;

  @Option(
      names = "--max-output",
      paramLabel = "BYTES",
      description = "Stop when a program prints more than BYTES (default: ${DEFAULT-VALUE}).",
      defaultValue = "65536")
  int maxOutput;

  static final class DialectConverter implements ITypeConverter<Dialect> {
    @Override
    public Dialect convert(String value) {
      return Dialect.fromId(value)
          .orElseThrow(
              () ->
                  new TypeConversionException("unknown language \"" + value + "\"; use rust or c"));
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Limits limits;
    try {
      limits =
          Limits.DEFAULT
              .withMaxSteps(maxSteps)
              .withMaxHeapBytes(maxHeap)
              .withMaxCallDepth(maxDepth)
              .withMaxOutputBytes(maxOutput);
    } catch (IllegalArgumentException e) {
      err.println("memoria simulate: the limits must be positive numbers");
      return ExitCodes.USAGE;
    }
    ScenarioRunner runner = new ScenarioRunner(limits);
    List<SimulationText.Entry> entries = new ArrayList<>();
    for (Path file : files) {
      String name = file.toString();
      if (name.toLowerCase(Locale.ROOT).endsWith(".md")) {
        Optional<List<SimulationText.Entry>> blocks = note(file, runner, err);
        if (blocks.isEmpty()) {
          return ExitCodes.USAGE;
        }
        entries.addAll(blocks.get());
        continue;
      }
      Optional<Dialect> dialect = Dialect.fromFileName(name).or(() -> lang);
      if (dialect.isEmpty()) {
        err.println(
            "memoria simulate: "
                + name
                + ": cannot tell the language; name it .rs, .c or .md, or add --lang rust|c");
        return ExitCodes.USAGE;
      }
      Optional<String> source = readProgram(file, err);
      if (source.isEmpty()) {
        return ExitCodes.USAGE;
      }
      ScenarioRunner.ProgramResult result =
          runner.run(new Program(name, dialect.get(), source.get()));
      entries.add(SimulationText.Entry.ofProgram(result));
    }
    boolean failed = false;
    for (SimulationText.Entry entry : entries) {
      out.print(json ? VerdictJson.line(entry.simulation()) + "\n" : SimulationText.format(entry));
      failed |= !entry.problems().isEmpty();
    }
    if (!json) {
      out.print(SimulationText.summary(entries));
    }
    out.flush();
    return failed ? ExitCodes.FAILED : ExitCodes.OK;
  }

  private Optional<List<SimulationText.Entry>> note(
      Path file, ScenarioRunner runner, PrintWriter err) {
    if (!Files.isRegularFile(file)) {
      err.println("memoria simulate: " + file + ": no such file");
      return Optional.empty();
    }
    Diagnostics diagnostics = new Diagnostics();
    SiteConfig config;
    try {
      Path folder = file.toAbsolutePath().getParent();
      config =
          new SiteConfigLoader()
              .load(SiteConfigLoader.Overrides.vaultOnly(folder), new Diagnostics());
    } catch (SiteConfigLoader.InvalidConfigException | IOException e) {
      err.println("memoria simulate: " + file + ": " + e.getMessage());
      return Optional.empty();
    }
    Optional<SourceNote> note = new VaultReader(config, false).readNote(file, diagnostics);
    if (note.isEmpty()) {
      diagnostics.all().forEach(d -> err.println("memoria simulate: " + d));
      return Optional.empty();
    }
    ParsedNote parsed = new NoteParser(config).parse(note.get(), diagnostics);
    List<SimulationText.Entry> entries = new ArrayList<>();
    for (ScenarioBlock block : parsed.scenarios()) {
      if (lang.isEmpty() || lang.get().id().equals(block.lang())) {
        ScenarioResult result = runner.run(block);
        entries.add(SimulationText.Entry.ofBlock(result));
      }
    }
    return Optional.of(entries);
  }

  private static Optional<String> readProgram(Path file, PrintWriter err) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      err.println("memoria simulate: " + file + ": not UTF-8 text; save it as UTF-8");
    } catch (IOException e) {
      err.println("memoria simulate: " + file + ": cannot read it (" + e.getMessage() + ")");
    }
    return Optional.empty();
  }
}
