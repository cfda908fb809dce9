package dev.memoria.cli;

import dev.memoria.build.SiteBuilder;
import dev.memoria.config.SiteConfig;
import dev.memoria.config.SiteConfigLoader;
import dev.memoria.core.Diagnostics;
import dev.memoria.core.Lang;
import dev.memoria.links.NoteGraph;
import dev.memoria.search.LocalSearch;
import dev.memoria.search.SearchHit;
import dev.memoria.search.SearchHits;
import dev.memoria.search.SearchIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code memoria search}: searches the notes with Lucene, as the site's search box does. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches the vault's published notes and prints the best sections, with the matched words"
          + " highlighted.",
      "The index is kept in <vault>/.memoria/search and rebuilt when the notes change."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the search ran (with or without results)",
      "1:the index could not be built or read",
      "2:bad usage or a vault that cannot be read"
    })
public final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin VaultOption vaultOption;

  @Parameters(index = "0", paramLabel = "QUERY", description = "Words to look for.")
  String query;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "Only notes in this language (es, en, …).",
      converter = LangConverter.class)
  Optional<Lang> lang;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "At most N notes (default: ${DEFAULT-VALUE}).",
      defaultValue = "10")
  int limit;

  @Option(names = "--json", description = "One JSON object with the results.")
  boolean json;

  static final class LangConverter implements ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
      return Lang.parse(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "\"" + value + "\" is not a language code; write it like es or en"));
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (limit < 1) {
      err.println("memoria search: --limit must be at least 1");
      return ExitCodes.USAGE;
    }
    Diagnostics diagnostics = new Diagnostics();
    NoteGraph graph;
    try {
      SiteConfig config =
          new SiteConfigLoader()
              .load(SiteConfigLoader.Overrides.vaultOnly(vaultOption.vault), diagnostics);
      graph = new SiteBuilder(config).resolve(diagnostics);
    } catch (SiteConfigLoader.InvalidConfigException | IOException e) {
      err.println("memoria search: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    List<SearchHit> hits;
    try (SearchIndex index = SearchIndex.cached(graph, SearchIndex.cacheFolder(vaultOption.vault));
        LocalSearch search = new LocalSearch(index)) {
      hits = search.search(query, lang, limit);
    } catch (IOException e) {
      err.println("memoria search: cannot build or read the index: " + e.getMessage());
      return ExitCodes.FAILED;
    }
    out.print(
        json
            ? SearchHits.json(query, hits)
            : SearchHits.text(
                query, hits, Terminal.attached() && System.getenv("NO_COLOR") == null));
    out.flush();
    return ExitCodes.OK;
  }
}
