package dev.memoria.simulator.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under {@code
 * src/test/resources/dev/memoria/simulator/svg/golden}. Run with {@code -Dgolden.update=true} to
 * rewrite the files from the current output, then look at them in a browser before committing.
 */
final class Golden {

  static final Path DIRECTORY = Path.of("src/test/resources/dev/memoria/simulator/svg/golden");

  private Golden() {}

  static void assertMatches(String name, String actual) throws IOException {
    Path file = DIRECTORY.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(DIRECTORY);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(
        Files.exists(file), "no golden file " + file + "; run the test with -Dgolden.update=true");
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + file);
  }
}
