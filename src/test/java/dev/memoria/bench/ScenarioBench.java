package dev.memoria.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The diagrams' speed budget (issue 5): a note with 20 scenario blocks adds under 1 s to the build.
 * Builds two one-note vaults with {@code ./memoria build}, each in a fresh JVM as a user would: one
 * whose 20 blocks are scenario blocks (simulated and drawn), one whose same blocks are plain code.
 * The added time is the difference of the median wall times. Run by {@code .ci/bench-scenarios};
 * exits 1 when the budget is missed.
 *
 * <p>Arguments: the launcher, the notes folder the blocks are taken from, and a work folder.
 */
public final class ScenarioBench {

  private static final int BLOCKS = 20;
  private static final int RUNS = 5;
  private static final double BUDGET_S = 1.0;
  private static final Pattern BLOCK =
      Pattern.compile("(?m)^```(rust|c) memory[^\\n]*\\n(.*?)^```", Pattern.DOTALL);

  private ScenarioBench() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path launcher = Path.of(args[0]);
    Path notes = Path.of(args[1]);
    Path work = Path.of(args[2]);
    List<String[]> blocks = blocksOf(notes);
    if (blocks.isEmpty()) {
      throw new IllegalStateException("no scenario blocks in " + notes);
    }
    Path drawn = vault(work.resolve("drawn"), blocks, true);
    Path plain = vault(work.resolve("plain"), blocks, false);
    double[] drawnTimes = new double[RUNS];
    double[] plainTimes = new double[RUNS];
    for (int run = 0; run < RUNS; run++) {
      // Alternate, so a slower moment of the machine hits both alike.
      plainTimes[run] = build(launcher, plain, work.resolve("site-plain"));
      drawnTimes[run] = build(launcher, drawn, work.resolve("site-drawn"));
    }
    double added = median(drawnTimes) - median(plainTimes);
    System.out.printf(
        Locale.ROOT,
        "note with %d scenario blocks: build %.2f s; same note, blocks as plain code: %.2f s%n",
        BLOCKS,
        median(drawnTimes),
        median(plainTimes));
    System.out.printf(
        Locale.ROOT,
        "added by simulating and drawing: %.2f s (budget %.1f s) %s%n",
        added,
        BUDGET_S,
        added < BUDGET_S ? "ok" : "OVER BUDGET");
    System.exit(added < BUDGET_S ? 0 : 1);
  }

  /** Language and code of every scenario block of the notes, in file order. */
  private static List<String[]> blocksOf(Path notes) throws IOException {
    List<String[]> blocks = new ArrayList<>();
    try (Stream<Path> files = Files.list(notes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        Matcher matcher = BLOCK.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (matcher.find()) {
          blocks.add(new String[] {matcher.group(1), matcher.group(2)});
        }
      }
    }
    return blocks;
  }

  private static Path vault(Path dir, List<String[]> blocks, boolean scenarios) throws IOException {
    Files.createDirectories(dir);
    StringBuilder note = new StringBuilder("# Twenty scenarios\n\n");
    for (int i = 0; i < BLOCKS; i++) {
      String[] block = blocks.get(i % blocks.size());
      note.append("## Scenario ").append(i + 1).append("\n\n");
      note.append("```").append(block[0]).append(scenarios ? " memory\n" : "\n");
      note.append(block[1]).append("```\n\n");
    }
    Files.writeString(dir.resolve("Scenarios.md"), note, StandardCharsets.UTF_8);
    return dir;
  }

  private static double build(Path launcher, Path vault, Path out)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(
                launcher.toString(), "build", "--vault", vault.toString(), "--out", out.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("memoria build failed for " + vault);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
