package dev.memoria.search;

import dev.memoria.bench.VaultGenerator;
import dev.memoria.core.OutputFile;
import dev.memoria.links.NoteGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Measures the search stage on a generated vault: index and export time, and the browser index's
 * size; writes the site so the first-query download can be measured in a browser.
 *
 * <p>Usage: {@code SearchBench NOTES|VAULT SITE_DIR}: a vault of NOTES notes is generated in a
 * temporary folder, or the vault VAULT is read. {@code -Druns=N} indexes it N times in one JVM
 * (default 4), as the first run also pays for loading and compiling the code.
 */
public final class SearchBench {

  private SearchBench() {}

  public static void main(String[] args) throws IOException {
    Path site = Path.of(args[1]);
    Path vault = Path.of(args[0]);
    if (!Files.isDirectory(vault)) {
      vault = Files.createTempDirectory("memoria-search-bench");
      VaultGenerator.generate(vault, Integer.parseInt(args[0]), VaultGenerator.DEFAULT_SEED);
    }
    NoteGraph graph = Vaults.graph(vault);
    int runs = Integer.getInteger("runs", 4);
    for (int run = 0; run < runs; run++) {
      com.sun.management.OperatingSystemMXBean os =
          (com.sun.management.OperatingSystemMXBean)
              java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      long cpu = os.getProcessCpuTime();
      long start = System.nanoTime();
      try (SearchIndex index = new SearchIndexer().index(graph)) {
        long indexed = System.nanoTime();
        long indexCpu = os.getProcessCpuTime();
        List<OutputFile> files = index.browserFiles();
        long exported = System.nanoTime();
        long exportCpu = os.getProcessCpuTime();
        System.out.printf(
            Locale.ROOT,
            "run %d: %d notes, index %.2f s (cpu %.2f s), export %.2f s (cpu %.2f s), %d files,"
                + " %.1f KB%n",
            run,
            graph.notes().size(),
            (indexed - start) / 1e9,
            (indexCpu - cpu) / 1e9,
            (exported - indexed) / 1e9,
            (exportCpu - indexCpu) / 1e9,
            files.size(),
            SearchSites.size(files) / 1024.0);
        if (run == runs - 1) {
          SearchSites.write(index, site);
        }
      }
    }
  }
}
