package dev.memoria.testing;

import dev.memoria.build.BuildListener;
import dev.memoria.build.BuildResult;
import dev.memoria.build.SiteBuilder;
import dev.memoria.config.SiteConfig;
import dev.memoria.config.SiteConfigLoader;
import dev.memoria.core.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Runs whole builds the way {@code memoria build} does, for integration tests. */
public final class Builds {

  private Builds() {}

  /** The outcome of a build: its result and every diagnostic. */
  public record Outcome(BuildResult result, Diagnostics diagnostics, SiteConfig config) {}

  /** Builds {@code vault} into {@code out} with the default theme of this repository. */
  public static Outcome build(Path vault, Path out) throws IOException {
    return build(vault, out, Optional.empty());
  }

  /**
   * Builds {@code vault} into {@code out} after deleting what an earlier run left there (a test's
   * own folder under {@code target/}).
   */
  public static Outcome freshBuild(Path vault, Path out) throws IOException {
    if (Files.exists(out)) {
      try (Stream<Path> walk = Files.walk(out)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return build(vault, out);
  }

  public static Outcome build(Path vault, Path out, Optional<String> baseUrl) throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    SiteConfig config;
    try {
      config =
          new SiteConfigLoader()
              .load(
                  new SiteConfigLoader.Overrides(
                      Optional.of(vault),
                      Optional.of(out),
                      Optional.of(SiteConfigLoader.DEFAULT_THEME),
                      baseUrl,
                      Set.of()),
                  diagnostics);
    } catch (SiteConfigLoader.InvalidConfigException e) {
      throw new IllegalArgumentException(e);
    }
    BuildResult result = new SiteBuilder(config).build(diagnostics, BuildListener.NONE);
    return new Outcome(result, diagnostics, config);
  }
}
