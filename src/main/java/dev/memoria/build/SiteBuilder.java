package dev.memoria.build;

import dev.memoria.checks.CheckReport;
import dev.memoria.checks.ContentChecker;
import dev.memoria.checks.Finding;
import dev.memoria.config.SiteConfig;
import dev.memoria.core.Diagnostic;
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
import dev.memoria.scenarios.ScenarioRunner;
import dev.memoria.scenarios.Scenarios;
import dev.memoria.simulator.Limits;
import dev.memoria.vault.Vault;
import dev.memoria.vault.VaultReader;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a site from a vault: read → parse → resolve → simulate → check → render → index and write
 * (the pages are written while the index is built); or checks it: read → parse → resolve → simulate
 * → check. The index is left out when the site has no search ({@code search: false}).
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

      Resolved resolved = readParseResolve(diagnostics, listener, times, true);
      NoteGraph graph = resolved.graph();
      Scenarios scenarios = simulate(graph, true, times);

      long t = System.nanoTime();
      CheckReport report = judge(resolved, scenarios, diagnostics);
      times.put("check", since(t));

      // Rendering reports into its own collector: its problems (embed cycles, removed HTML) come
      // after the report the health page shows, and are printed beside it.
      t = System.nanoTime();
      listener.stageStarted("render", graph.notes().size());
      Diagnostics rendering = new Diagnostics();
      List<OutputFile> site =
          new ArrayList<>(
              new PageRenderer(config, theme)
                  .render(graph, scenarios, report, rendering, listener::advanced));
      rendering.all().forEach(diagnostics::report);
      times.put("render", since(t));

      // The index is built while the pages are written (the one waits on the processors, the
      // other on the disk); the writer stages the pages, then the index's files, and moves
      // everything into place only when both are staged.
      t = System.nanoTime();
      WriteResult written;
      if (config.search()) {
        BackgroundIndex indexing = BackgroundIndex.start(graph);
        written = writer.write(site, () -> indexing.join().files());
        BackgroundIndex.Result index = indexing.join();
        times.put("index", index.time());
        site.addAll(index.files());
      } else {
        written = writer.write(site);
      }
      times.put("write", since(t));

      List<Finding> everything = new ArrayList<>(report.findings());
      rendering.all().forEach(problem -> everything.add(Finding.of(problem)));
      CheckReport full = new CheckReport(everything, report.notesChecked());
      return new BuildResult(
          resolved.notesRead(),
          graph.notes().size(),
          site.size(),
          written,
          full,
          full.findings().stream().map(Finding::diagnostic).toList(),
          times,
          since(start));
    } finally {
      listener.finished();
    }
  }

  /**
   * Checks the vault without rendering or writing anything: read → parse → resolve → check.
   *
   * <p>The report holds the checker's findings and, as findings too, every diagnostic the earlier
   * stages reported to {@code diagnostics} (frontmatter, encoding, …), at the severity {@code
   * memoria.yml} gives their code, and without those it turns off.
   *
   * @throws IOException when the vault folder cannot be read at all
   */
  public CheckReport check(Diagnostics diagnostics) throws IOException {
    Map<String, Duration> times = new LinkedHashMap<>();
    Resolved resolved = readParseResolve(diagnostics, BuildListener.NONE, times, false);
    return judge(resolved, simulate(resolved.graph(), false, times), diagnostics);
  }

  /**
   * The published notes and their links, as the site would have them: read → parse → resolve, for
   * commands that look the notes up ({@code search}).
   *
   * @throws IOException when the vault folder cannot be read at all
   */
  public NoteGraph resolve(Diagnostics diagnostics) throws IOException {
    return readParseResolve(diagnostics, BuildListener.NONE, new LinkedHashMap<>(), false).graph();
  }

  /**
   * The checker's findings plus every problem the earlier stages reported, with the severities of
   * {@code memoria.yml} applied to both.
   */
  private CheckReport judge(Resolved resolved, Scenarios scenarios, Diagnostics diagnostics) {
    CheckReport checked =
        new ContentChecker(config).check(resolved.graph(), scenarios, resolved.notesRead());
    List<Finding> findings = new ArrayList<>(checked.findings());
    for (Diagnostic reported : diagnostics.all()) {
      config
          .checks()
          .severityOf(reported.code(), reported.severity())
          .map(
              severity ->
                  new Diagnostic(severity, reported.code(), reported.pos(), reported.message()))
          .map(Finding::of)
          .ifPresent(findings::add);
    }
    return new CheckReport(findings, checked.notesChecked());
  }

  /**
   * The stages build, check and search share; records each stage's time in {@code times}. Pages
   * show dates, reports do not: only {@code forSite} reads ask git for them.
   */
  private Resolved readParseResolve(
      Diagnostics diagnostics, BuildListener listener, Map<String, Duration> times, boolean forSite)
      throws IOException {
    long t = System.nanoTime();
    Vault vault = new VaultReader(config, forSite).read(diagnostics);
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

    return new Resolved(vault.notes().size(), graph);
  }

  /** Runs the scenario blocks; a site also draws them. */
  private static Scenarios simulate(NoteGraph graph, boolean draw, Map<String, Duration> times) {
    long t = System.nanoTime();
    ScenarioRunner runner = new ScenarioRunner(Limits.DEFAULT);
    Scenarios scenarios = draw ? runner.runAndDraw(graph) : runner.runAll(graph);
    times.put("simulate", since(t));
    return scenarios;
  }

  /** The outcome of the shared stages: how many notes were read and the graph of the published. */
  private record Resolved(int notesRead, NoteGraph graph) {}

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
