package dev.memoria.build;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.memoria.testing.Builds;
import dev.memoria.testing.TestVaults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed {@code site/} is exactly what building {@code notes/} gives now. */
class CommittedSiteIT {

  @Test
  void committedSiteMatchesAFreshBuildOfTheNotes(@TempDir Path temp) throws Exception {
    Path committed = Path.of("site");
    assertTrue(Files.isDirectory(committed), "site/ is missing; run ./memoria build and commit it");
    Path fresh = temp.resolve("site");
    Builds.build(Path.of("notes"), fresh);

    Map<String, byte[]> expected = TestVaults.tree(fresh);
    Map<String, byte[]> actual = TestVaults.tree(committed);
    List<String> differences = new ArrayList<>();
    for (String path : new TreeSet<>(union(expected, actual))) {
      byte[] want = expected.get(path);
      byte[] have = actual.get(path);
      if (want == null) {
        differences.add("only in the committed site: " + path);
      } else if (have == null) {
        differences.add("missing from the committed site: " + path);
      } else if (!Arrays.equals(want, have)) {
        differences.add("differs: " + path);
      }
    }
    if (!differences.isEmpty()) {
      fail(
          "site/ is not what ./memoria build makes of notes/ now; run ./memoria build and commit"
              + " site/ (commit notes/ first: pages show each note's last commit date).\n"
              + String.join("\n", differences));
    }
  }

  private static TreeSet<String> union(Map<String, byte[]> a, Map<String, byte[]> b) {
    TreeSet<String> all = new TreeSet<>(a.keySet());
    all.addAll(b.keySet());
    return all;
  }
}
