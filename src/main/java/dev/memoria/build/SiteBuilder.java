package dev.memoria.build;

import dev.memoria.config.SiteConfig;
import dev.memoria.core.Diagnostics;
import dev.memoria.core.OutputFile;
import dev.memoria.links.LinkResolver;
import dev.memoria.links.NoteGraph;
import dev.memoria.markdown.NoteParser;
import dev.memoria.markdown.ParsedNote;
import dev.memoria.output.SiteWriter;
import dev.memoria.output.SiteWriter.WriteResult;
import dev.memoria.render.PageRenderer;
import dev.memoria.render.Theme;
import dev.memoria.vault.Vault;
import dev.memoria.vault.VaultReader;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a site from a vault: read → parse → resolve → render → write.
 *
 * <p>Problems in notes become diagnostics and the build goes on; an {@link IOException} means the
 * build itself failed, and then the output folder is left as it was.
 */
public final class SiteBuilder {

  private final SiteConfig config;

  public SiteBuilder(SiteConfig config) {
    this.config = config;
  }

  public BuildResult build(Diagnostics diagnostics, BuildListener listener) throws IOException {
    long start = System.nanoTime();
    Map<String, Duration> times = new LinkedHashMap<>();
    try {
      Theme theme = Theme.load(config.theme());
      SiteWriter writer = new SiteWriter(config.out(), config.vault(), config.force());
      // Refuse a dangerous output folder before spending time on the notes.
      writer.checkOutput();

      long t = System.nanoTime();
      Vault vault = new VaultReader(config).read(diagnostics);
      times.put("read", since(t));

      t = System.nanoTime();
      listener.stageStarted("parse", vault.notes().size());
      NoteParser parser = new NoteParser(config);
      List<ParsedNote> parsed =
          vault.notes().parallelStream()
              .map(
                  note -> {
                    ParsedNote result = parser.parse(note, diagnostics);
                    listener.advanced();
                    return result;
                  })
              .toList();
      times.put("parse", since(t));

      t = System.nanoTime();
      NoteGraph graph = new LinkResolver(config).resolve(parsed, vault.assets(), diagnostics);
      times.put("resolve", since(t));

      t = System.nanoTime();
      listener.stageStarted("render", graph.notes().size());
      List<OutputFile> files =
          new PageRenderer(config, theme)
              .render(
                  graph,
                  new dev.memoria.checks.CheckReport(List.of(), vault.notes().size()),
                  diagnostics,
                  listener::advanced);
      times.put("render", since(t));

      t = System.nanoTime();
      WriteResult written = writer.write(files);
      times.put("write", since(t));

      return new BuildResult(
          vault.notes().size(), graph.notes().size(), files.size(), written, times, since(start));
    } finally {
      listener.finished();
    }
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
