package dev.memoria.config;

import dev.memoria.core.Diagnostics;
import dev.memoria.core.Lang;
import dev.memoria.core.Severity;
import dev.memoria.core.SourcePos;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Builds the {@link SiteConfig}: defaults, then {@code memoria.yml} at the vault's root, then the
 * command line, which wins.
 */
public final class SiteConfigLoader {

  public static final Path DEFAULT_VAULT = Path.of("notes");
  public static final Path DEFAULT_OUT = Path.of("site");
  public static final Path DEFAULT_THEME = Path.of("themes", "default");
  static final String DEFAULT_TITLE = "Notes";

  /**
   * What the command line said; empty values leave the file's or the default value, and the
   * switches given turn their behaviour on.
   */
  public record Overrides(
      Optional<Path> vault,
      Optional<Path> out,
      Optional<Path> theme,
      Optional<String> baseUrl,
      Set<Switch> switches) {

    /** The command line's on/off flags. */
    public enum Switch {
      /** {@code --drafts}: also publish notes marked {@code draft: true}. */
      DRAFTS,
      /** {@code --unsafe-html}: keep raw HTML in notes as written, not sanitised. */
      UNSAFE_HTML,
      /** {@code --force}: write into a non-empty folder that Memoria did not create. */
      FORCE,
      /** {@code --no-search}: build the site without its search index. */
      NO_SEARCH
    }

    public Overrides {
      switches =
          switches.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(switches));
    }

    /** Only the vault given; everything else from {@code memoria.yml} or the defaults. */
    public static Overrides vaultOnly(Path vault) {
      return new Overrides(
          Optional.of(vault), Optional.empty(), Optional.empty(), Optional.empty(), Set.of());
    }

    public static Overrides none() {
      return new Overrides(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of());
    }

    boolean has(Switch flag) {
      return switches.contains(flag);
    }
  }

  /** A setting that cannot be used at all: the command must stop with a usage error. */
  public static final class InvalidConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidConfigException(String message) {
      super(message);
    }
  }

  /**
   * Loads the configuration. Problems inside {@code memoria.yml} are diagnostics (the value is
   * ignored); an unusable command-line value throws.
   */
  public SiteConfig load(Overrides overrides, Diagnostics diagnostics)
      throws IOException, InvalidConfigException {
    Path vault = overrides.vault().orElse(DEFAULT_VAULT);
    Path configFile = vault.resolve(SiteConfig.CONFIG_FILE);
    String display = displayOf(vault, SiteConfig.CONFIG_FILE);
    Map<String, Object> file =
        Files.isRegularFile(configFile) ? read(configFile, display, diagnostics) : Map.of();

    String title = DEFAULT_TITLE;
    Lang lang = Lang.EN;
    List<String> excludes = new ArrayList<>();
    Optional<String> baseUrl = Optional.empty();
    CheckSettings checks = CheckSettings.DEFAULTS;
    boolean search = true;
    SourcePos pos = SourcePos.ofFile(display);
    for (Map.Entry<String, Object> entry : file.entrySet()) {
      String key = entry.getKey().toLowerCase(Locale.ROOT);
      Object value = entry.getValue();
      switch (key) {
        case "title" -> {
          if (value instanceof String text && !text.isBlank()) {
            title = text.strip();
          } else {
            diagnostics.warning("config", pos, "title must be a text; using \"" + title + "\"");
          }
        }
        case "language" -> {
          Optional<Lang> parsed =
              value instanceof String text ? Lang.parse(text) : Optional.empty();
          if (parsed.isPresent()) {
            lang = parsed.get();
          } else {
            diagnostics.warning(
                "config", pos, "language must be a code such as es or en; using " + lang);
          }
        }
        case "exclude" -> {
          if (value instanceof List<?> list) {
            list.forEach(item -> excludes.add(String.valueOf(item)));
          } else if (value instanceof String text) {
            excludes.add(text);
          } else {
            diagnostics.warning("config", pos, "exclude must be a list of patterns; ignored");
          }
        }
        case "baseurl", "base_url" -> {
          if (value instanceof String text && validBaseUrl(text)) {
            baseUrl = Optional.of(text.strip());
          } else {
            diagnostics.warning(
                "config",
                pos,
                "baseUrl must be an absolute http(s) URL such as https://example.org/notes/; ignored");
          }
        }
        case "severity" -> checks = checkSettings(value, pos, diagnostics);
        case "search" -> {
          if (value instanceof Boolean on) {
            search = on;
          } else {
            diagnostics.warning(
                "config", pos, "search must be true or false; keeping the search index");
          }
        }
        default ->
            diagnostics.warning(
                "config",
                pos,
                "unknown setting \""
                    + entry.getKey()
                    + "\"; known settings are title, language, exclude, baseUrl, severity and search");
      }
    }
    if (overrides.baseUrl().isPresent()) {
      String url = overrides.baseUrl().get();
      if (!validBaseUrl(url)) {
        throw new InvalidConfigException(
            "--base-url must be an absolute http(s) URL such as https://example.org/notes/, got \""
                + url
                + "\"");
      }
      baseUrl = Optional.of(url.strip());
    }
    return new SiteConfig(
        vault,
        overrides.out().orElse(DEFAULT_OUT),
        overrides.theme().orElseGet(SiteConfigLoader::defaultTheme),
        baseUrl,
        title,
        lang,
        excludes,
        overrides.has(Overrides.Switch.DRAFTS),
        overrides.has(Overrides.Switch.UNSAFE_HTML),
        overrides.has(Overrides.Switch.FORCE),
        checks,
        search && !overrides.has(Overrides.Switch.NO_SEARCH));
  }

  /** Reads {@code severity: {orphan: warning, todo: off}}; bad entries are reported and skipped. */
  private static CheckSettings checkSettings(Object value, SourcePos pos, Diagnostics diagnostics) {
    if (!(value instanceof Map<?, ?> map)) {
      diagnostics.warning(
          "config", pos, "severity must map finding codes to error, warning, info or off; ignored");
      return CheckSettings.DEFAULTS;
    }
    Map<String, Severity> severities = new java.util.TreeMap<>();
    java.util.Set<String> disabled = new java.util.TreeSet<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String code = String.valueOf(entry.getKey()).strip().toLowerCase(Locale.ROOT);
      String level = String.valueOf(entry.getValue()).strip().toLowerCase(Locale.ROOT);
      switch (level) {
        case "error" -> severities.put(code, Severity.ERROR);
        case "warning" -> severities.put(code, Severity.WARNING);
        case "info" -> severities.put(code, Severity.INFO);
        case "off", "false" -> disabled.add(code);
        default ->
            diagnostics.warning(
                "config",
                pos,
                "severity of \""
                    + code
                    + "\" must be error, warning, info or off, not \""
                    + level
                    + "\"; ignored");
      }
    }
    return new CheckSettings(severities, disabled);
  }

  /**
   * {@code themes/default} in the current folder, else the one of the Memoria checkout the jar was
   * built in, so {@code memoria build} also works when run from another folder.
   */
  static Path defaultTheme() {
    if (Files.isDirectory(DEFAULT_THEME)) {
      return DEFAULT_THEME;
    }
    try {
      Path code =
          Path.of(
              SiteConfigLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path checkout = code.getParent() == null ? null : code.getParent().getParent();
      if (checkout != null && Files.isDirectory(checkout.resolve(DEFAULT_THEME))) {
        return checkout.resolve(DEFAULT_THEME);
      }
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      // No usable code location: the relative default stands and its absence is reported.
    }
    return DEFAULT_THEME;
  }

  private static Map<String, Object> read(Path file, String display, Diagnostics diagnostics)
      throws IOException {
    LoadSettings settings =
        LoadSettings.builder()
            .setCodePointLimit(64 * 1024)
            .setMaxAliasesForCollections(10)
            .setAllowDuplicateKeys(false)
            .build();
    try {
      Object root =
          new Load(settings).loadFromString(Files.readString(file, StandardCharsets.UTF_8));
      if (root == null) {
        return Map.of();
      }
      if (!(root instanceof Map<?, ?> map)) {
        diagnostics.error(
            "config", SourcePos.ofFile(display), "must be a map of settings (key: value); ignored");
        return Map.of();
      }
      Map<String, Object> settingsByKey = new java.util.TreeMap<>();
      map.forEach((k, v) -> settingsByKey.put(String.valueOf(k), v));
      return settingsByKey;
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
      int column = e.getProblemMark().map(m -> m.getColumn() + 1).orElse(1);
      diagnostics.error(
          "config",
          new SourcePos(display, line, column),
          oneLine(e.getProblem()) + "; the file is ignored until it is valid YAML");
      return Map.of();
    } catch (YamlEngineException e) {
      diagnostics.error(
          "config",
          SourcePos.ofFile(display),
          oneLine(e.getMessage()) + "; the file is ignored until it is valid YAML");
      return Map.of();
    }
  }

  static boolean validBaseUrl(String text) {
    try {
      URI uri = new URI(text.strip());
      String scheme = uri.getScheme();
      return uri.isAbsolute()
          && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String displayOf(Path vault, String name) {
    String prefix = vault.toString().replace('\\', '/');
    return prefix.isEmpty() || prefix.equals(".")
        ? name
        : prefix.replaceAll("/+$", "") + "/" + name;
  }

  private static String oneLine(String text) {
    return text == null ? "invalid YAML" : text.replaceAll("\\s+", " ").strip();
  }
}
