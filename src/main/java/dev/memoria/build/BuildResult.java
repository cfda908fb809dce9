package dev.memoria.build;

import dev.memoria.output.SiteWriter.WriteResult;
import java.time.Duration;
import java.util.Map;

/**
 * What a build did.
 *
 * @param notes the notes read from the vault
 * @param published the notes that became pages
 * @param files the files the site consists of
 * @param write how many files were written, left unchanged and removed
 * @param stageTimes wall time per stage, in the order they ran
 */
public record BuildResult(
    int notes,
    int published,
    int files,
    WriteResult write,
    Map<String, Duration> stageTimes,
    Duration total) {

  public BuildResult {
    stageTimes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageTimes));
  }
}
