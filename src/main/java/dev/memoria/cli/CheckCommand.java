package dev.memoria.cli;

import dev.memoria.build.SiteBuilder;
import dev.memoria.checks.CheckReport;
import dev.memoria.cli.report.ReportFormat;
import dev.memoria.config.SiteConfig;
import dev.memoria.config.SiteConfigLoader;
import dev.memoria.core.Diagnostics;
import dev.memoria.core.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code memoria check}: reports broken links and missing sections, for people and for CI. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks the vault for broken links, missing sections and other problems, without building"
          + " the site.",
      "The report goes to standard output (or to --output FILE, and then its summary line to"
          + " standard error)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding at or above --fail-on",
      "1:a finding at or above --fail-on",
      "2:no verdict: bad usage, a vault that cannot be read, or a report that cannot be written"
    })
public final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin VaultOption vaultOption;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "text (for people, the default), json, sarif (SARIF 2.1.0), github (workflow"
              + " annotations) or junit (JUnit XML).",
      defaultValue = "text",
      converter = FormatConverter.class)
  ReportFormat format;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description =
          "Exit with 1 when a finding is at least this serious: error (the default), warning,"
              + " info, or never.",
      defaultValue = "error",
      converter = FailOnConverter.class)
  FailOn failOn;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the report to FILE (never inside the vault) instead of standard output.")
  Optional<Path> output;

  @Option(names = "--no-color", description = "No colours, even on a terminal.")
  boolean noColor;

  /** The least serious finding that fails the check, or none for {@code never}. */
  enum FailOn {
    ERROR(Optional.of(Severity.ERROR)),
    WARNING(Optional.of(Severity.WARNING)),
    INFO(Optional.of(Severity.INFO)),
    NEVER(Optional.empty());

    private final Optional<Severity> threshold;

    FailOn(Optional<Severity> threshold) {
      this.threshold = threshold;
    }

    boolean fails(CheckReport report) {
      return threshold.map(report::hasAtLeast).orElse(false);
    }
  }

  static final class FormatConverter implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      return ReportFormat.parse(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "unknown format \"" + value + "\"; use one of " + ReportFormat.labels()));
    }
  }

  static final class FailOnConverter implements ITypeConverter<FailOn> {
    @Override
    public FailOn convert(String value) {
      return Arrays.stream(FailOn.values())
          .filter(level -> level.name().equalsIgnoreCase(value))
          .findFirst()
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "unknown level \""
                          + value
                          + "\"; use one of "
                          + Arrays.stream(FailOn.values())
                              .map(level -> level.name().toLowerCase(Locale.ROOT))
                              .collect(Collectors.joining(", "))));
    }
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
              .load(SiteConfigLoader.Overrides.vaultOnly(vaultOption.vault), diagnostics);
    } catch (SiteConfigLoader.InvalidConfigException e) {
      err.println("memoria check: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (IOException e) {
      err.println("memoria check: cannot read the configuration: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (output.isPresent()) {
      Optional<String> refusal = refusal(output.get());
      if (refusal.isPresent()) {
        err.println("memoria check: " + refusal.get());
        return ExitCodes.USAGE;
      }
    }

    CheckReport report;
    try {
      report = new SiteBuilder(config).check(diagnostics);
    } catch (IOException e) {
      err.println("memoria check: " + e.getMessage());
      return ExitCodes.USAGE;
    }

    boolean colour =
        output.isEmpty()
            && !noColor
            && Terminal.attached()
            && Optional.ofNullable(System.getenv("NO_COLOR")).orElse("").isEmpty();
    String text = format.formatter(colour).format(report);
    if (output.isPresent()) {
      try {
        Path file = output.get().toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("memoria check: cannot write the report to " + output.get() + ": " + e);
        return ExitCodes.USAGE;
      }
      err.println(report.summary());
      err.flush();
    } else {
      out.print(text);
      out.flush();
    }
    return failOn.fails(report) ? ExitCodes.FAILED : ExitCodes.OK;
  }

  /**
   * Why the report may not be written to {@code file}: it would land inside the vault, where it
   * could be read as a note or an attachment, or {@code file} is a folder.
   */
  private Optional<String> refusal(Path file) {
    if (Files.isDirectory(file)) {
      return Optional.of("--output " + file + " is a folder; give a file name");
    }
    Path vaultFolder;
    try {
      vaultFolder = vaultOption.vault.toRealPath();
    } catch (IOException e) {
      // The check itself reports a vault that cannot be read.
      return Optional.empty();
    }
    try {
      if (realLocation(file).startsWith(vaultFolder)) {
        return Optional.of(
            "refusing to write the report inside the vault "
                + vaultOption.vault
                + "; choose --output elsewhere");
      }
    } catch (IOException e) {
      return Optional.of("cannot tell where --output " + file + " leads: " + e);
    }
    return Optional.empty();
  }

  /**
   * Where {@code file} really is: its nearest existing ancestor (or itself) with links resolved,
   * then the rest, so neither a link nor {@code ..} can hide that it is inside the vault.
   */
  private static Path realLocation(Path file) throws IOException {
    Path absolute = file.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    return existing.toRealPath().resolve(existing.relativize(absolute));
  }
}
