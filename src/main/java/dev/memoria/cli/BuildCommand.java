package dev.memoria.cli;

import dev.memoria.build.BuildListener;
import dev.memoria.build.BuildResult;
import dev.memoria.build.SiteBuilder;
import dev.memoria.config.SiteConfig;
import dev.memoria.config.SiteConfigLoader;
import dev.memoria.core.Diagnostic;
import dev.memoria.core.Diagnostics;
import dev.memoria.core.Severity;
import dev.memoria.output.SiteWriter.OutputRefusedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code memoria build}: turns the vault into the site. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the vault into a static site that works from disk and under any sub-path.",
      "Problems in notes are reported as file:line:col: severity: [code] message; the build goes"
          + " on with the other notes."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the site was built (problems in notes are reported, not fatal)",
      "1:the build failed; the previous site is left as it was (or --strict and a note has an"
          + " error)",
      "2:bad usage: an unknown option, an unusable value or a refused output folder"
    })
public final class BuildCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin VaultOption vaultOption;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output folder (default: ${DEFAULT-VALUE}).",
      defaultValue = "site")
  Path out;

  @Option(
      names = "--theme",
      paramLabel = "DIR",
      description =
          "Theme folder (default: themes/default here, else the one beside the Memoria jar).")
  Optional<Path> theme;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description =
          "Public address of the site, e.g. https://example.org/notes/; only used where absolute"
              + " URLs are required (sitemap, feed, canonical links).")
  Optional<String> baseUrl;

  @Option(names = "--drafts", description = "Also publish notes marked draft: true.")
  boolean drafts;

  @Option(
      names = "--unsafe-html",
      description =
          "Keep raw HTML in notes as written instead of sanitising it. Only for notes you trust.")
  boolean unsafeHtml;

  @Option(
      names = "--force",
      description = "Write into a non-empty folder that Memoria did not create.")
  boolean force;

  @Option(
      names = "--no-search",
      description =
          "Leave the search index, the search box and the search page out of the site (as"
              + " search: false in memoria.yml does).")
  boolean noSearch;

  @Option(names = "--strict", description = "Exit with 1 when any note has an error.")
  boolean strict;

  @ArgGroup(exclusive = true)
  Verbosity verbosity = new Verbosity();

  /** How much to print: errors only, the default, or everything with timings. */
  static final class Verbosity {
    @Option(
        names = {"-q", "--quiet"},
        description = "Print errors only.")
    boolean quiet;

    @Option(
        names = {"-v", "--verbose"},
        description = "Print every finding and the time of each stage.")
    boolean verbose;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Diagnostics diagnostics = new Diagnostics();
    SiteConfig config;
    try {
      config =
          new SiteConfigLoader()
              .load(
                  new SiteConfigLoader.Overrides(
                      Optional.of(vaultOption.vault),
                      Optional.of(this.out),
                      theme,
                      baseUrl,
                      switches()),
                  diagnostics);
    } catch (SiteConfigLoader.InvalidConfigException e) {
      err.println("memoria build: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (IOException e) {
      err.println("memoria build: cannot read the configuration: " + e.getMessage());
      return ExitCodes.FAILED;
    }

    boolean terminal = Terminal.attached();
    BuildListener progress =
        terminal && !verbosity.quiet ? new TerminalProgress() : BuildListener.NONE;
    BuildResult result;
    try {
      result = new SiteBuilder(config).build(diagnostics, progress);
    } catch (OutputRefusedException e) {
      printDiagnostics(err, diagnostics.all(), terminal);
      err.println("memoria build: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (IOException | RuntimeException e) {
      printDiagnostics(err, diagnostics.all(), terminal);
      err.println(
          "memoria build: the build failed, "
              + config.out()
              + " was left as it was: "
              + describe(e));
      return ExitCodes.FAILED;
    }

    List<Diagnostic> all = result.problems();
    printDiagnostics(err, all, terminal);
    if (!verbosity.quiet) {
      out.println(summary(config, result));
      if (verbosity.verbose) {
        out.println(timings(result));
      }
    }
    out.flush();
    boolean errors = all.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    return strict && errors ? ExitCodes.FAILED : ExitCodes.OK;
  }

  private void printDiagnostics(PrintWriter err, List<Diagnostic> all, boolean terminal) {
    Severity threshold =
        verbosity.quiet ? Severity.ERROR : verbosity.verbose ? Severity.INFO : Severity.WARNING;
    new DiagnosticPrinter(err, terminal && System.getenv("NO_COLOR") == null).print(all, threshold);
  }

  private static String summary(SiteConfig config, BuildResult result) {
    return String.format(
        Locale.ROOT,
        "Built %d %s from %s into %s/ in %.1f s (%d written, %d unchanged, %d removed); %s.",
        result.published(),
        result.published() == 1 ? "note" : "notes",
        config.vault(),
        config.out(),
        result.total().toMillis() / 1000.0,
        result.write().written(),
        result.write().unchanged(),
        result.write().removed(),
        result.report().summary());
  }

  private static String timings(BuildResult result) {
    StringBuilder text = new StringBuilder("Stages:");
    for (Map.Entry<String, Duration> stage : result.stageTimes().entrySet()) {
      text.append(
          String.format(Locale.ROOT, " %s %d ms;", stage.getKey(), stage.getValue().toMillis()));
    }
    return text.substring(0, text.length() - 1);
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  /** The on/off flags given, for the configuration. */
  private Set<SiteConfigLoader.Overrides.Switch> switches() {
    Set<SiteConfigLoader.Overrides.Switch> switches =
        EnumSet.noneOf(SiteConfigLoader.Overrides.Switch.class);
    if (drafts) {
      switches.add(SiteConfigLoader.Overrides.Switch.DRAFTS);
    }
    if (unsafeHtml) {
      switches.add(SiteConfigLoader.Overrides.Switch.UNSAFE_HTML);
    }
    if (force) {
      switches.add(SiteConfigLoader.Overrides.Switch.FORCE);
    }
    if (noSearch) {
      switches.add(SiteConfigLoader.Overrides.Switch.NO_SEARCH);
    }
    return switches;
  }
}
