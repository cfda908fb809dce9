package dev.memoria.simulator.svg;

import dev.memoria.simulator.Dialect;
import dev.memoria.simulator.Limits;
import dev.memoria.simulator.Program;
import dev.memoria.simulator.Simulation;
import dev.memoria.simulator.Simulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The test programs under {@code src/test/resources/dev/memoria/simulator/svg/programs}. */
final class Programs {

  static final Path DIRECTORY = Path.of("src/test/resources/dev/memoria/simulator/svg/programs");

  private Programs() {}

  /** Simulates the program stored in this file. */
  static Simulation simulate(String fileName) {
    try {
      String source = Files.readString(DIRECTORY.resolve(fileName), StandardCharsets.UTF_8);
      return simulateSource(fileName, source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Simulates a program given inline; the dialect comes from the file name's extension. */
  static Simulation simulateSource(String fileName, String source) {
    Dialect dialect = Dialect.fromFileName(fileName).orElseThrow();
    return new Simulator(Limits.DEFAULT).run(new Program(fileName, dialect, source));
  }
}
