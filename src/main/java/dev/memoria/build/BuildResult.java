package dev.memoria.build;

import dev.memoria.checks.CheckReport;
import dev.memoria.core.Diagnostic;
import dev.memoria.output.SiteWriter.WriteResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a build did.
 *
 * @param notes the notes read from the vault
 * @param published the notes that became pages
 * @param files the files the site consists of
 * @param write how many files were written, left unchanged and removed
 * @param report what {@code check} found plus the problems rendering met
 * @param problems the report's findings as diagnostics, sorted
 * @param stageTimes wall time per stage, in the order they ran
 */
public record BuildResult(
    int notes,
    int published,
    int files,
    WriteResult write,
    CheckReport report,
    List<Diagnostic> problems,
    Map<String, Duration> stageTimes,
    Duration total) {

  public BuildResult {
    problems = List.copyOf(problems);
    stageTimes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageTimes));
  }
}
