package dev.memoria.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The simulator is a standalone library: nothing in it may use the rest of Memoria. */
class SimulatorIsolationTest {

  private static final Path SOURCES = Path.of("src/main/java/dev/memoria/simulator");
  private static final Pattern PROJECT_NAME =
      Pattern.compile("\\bdev\\.memoria\\.(?!simulator\\b)[a-z]\\w*");

  @Test
  void importsNothingElseFromTheProject() throws IOException {
    List<String> offences = new ArrayList<>();
    int files = 0;
    try (Stream<Path> paths = Files.walk(SOURCES)) {
      for (Path file : paths.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        files++;
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          Matcher matcher = PROJECT_NAME.matcher(lines.get(i));
          if (matcher.find()) {
            offences.add(file + ":" + (i + 1) + ": " + matcher.group());
          }
        }
      }
    }
    assertTrue(files > 20, "the simulator's sources were not found under " + SOURCES);
    assertEquals(List.of(), offences);
  }

  @Test
  void theRuleCatchesAProjectName() {
    assertTrue(PROJECT_NAME.matcher("import dev.memoria.core.Lang;").find());
    assertTrue(PROJECT_NAME.matcher("x = dev.memoria.markdown.NoteParser.parse(y);").find());
    assertTrue(!PROJECT_NAME.matcher("import dev.memoria.simulator.trace.Trace;").find());
  }
}
