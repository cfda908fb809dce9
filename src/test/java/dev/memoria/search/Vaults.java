package dev.memoria.search;

import dev.memoria.config.SiteConfig;
import dev.memoria.config.SiteConfigLoader;
import dev.memoria.core.Diagnostics;
import dev.memoria.links.LinkResolver;
import dev.memoria.links.NoteGraph;
import dev.memoria.markdown.NoteParser;
import dev.memoria.markdown.ParsedNote;
import dev.memoria.testing.TestVaults;
import dev.memoria.vault.Vault;
import dev.memoria.vault.VaultReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Vaults for search tests: read, parsed and resolved as the build does. */
final class Vaults {

  static final Path SEED_NOTES = Path.of("notes");

  private Vaults() {}

  static NoteGraph graph(Path vault) {
    try {
      Diagnostics diagnostics = new Diagnostics();
      SiteConfig config =
          new SiteConfigLoader().load(SiteConfigLoader.Overrides.vaultOnly(vault), diagnostics);
      Vault read = new VaultReader(config, false).read(diagnostics);
      NoteParser parser = new NoteParser(config);
      List<ParsedNote> parsed =
          read.notes().parallelStream().map(note -> parser.parse(note, diagnostics)).toList();
      return new LinkResolver(config).resolve(parsed, read.assets(), diagnostics);
    } catch (IOException | SiteConfigLoader.InvalidConfigException e) {
      throw new IllegalStateException(e);
    }
  }

  static NoteGraph graph(Path dir, Map<String, String> files) {
    return graph(TestVaults.write(dir, files));
  }

  static SearchIndex index(NoteGraph graph) {
    try {
      return new SearchIndexer().index(graph);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
