package dev.memoria.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files of one folder: output compared with a reviewed file. Run the tests with {@code
 * -Dgolden.update=true} to rewrite the files from the current output, then review the diff (and,
 * for pages and SVG, look at them in a browser) before committing.
 *
 * @param directory the folder of the golden files, relative to the project
 */
public record GoldenFiles(Path directory) {

  /** The golden files under {@code src/test/resources/dev/memoria/<packagePath>/golden}. */
  public static GoldenFiles of(String packagePath) {
    return new GoldenFiles(Path.of("src/test/resources/dev/memoria", packagePath, "golden"));
  }

  /** Fails unless {@code actual} is the golden file {@code name}; rewrites it when updating. */
  public void assertMatches(String name, String actual) throws IOException {
    Path file = directory.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(directory);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(
        Files.exists(file), "no golden file " + file + "; run the test with -Dgolden.update=true");
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + file);
  }
}
