package dev.memoria.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import dev.memoria.core.Lang;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A theme folder: {@code templates/*.mustache}, {@code i18n/<lang>.yml} and {@code assets/}.
 *
 * <p>Loaded and compiled once per build; compiled templates are shared by the render threads.
 */
public final class Theme {

  static final List<String> PAGE_TEMPLATES =
      List.of("note", "index", "tags", "tag", "404", "health", "missing", "search");

  private final Path dir;
  private final Map<String, Mustache> templates;
  private final Map<Lang, UiStrings> strings;
  private final List<Path> assets;

  private Theme(
      Path dir, Map<String, Mustache> templates, Map<Lang, UiStrings> strings, List<Path> assets) {
    this.dir = dir;
    this.templates = Map.copyOf(templates);
    this.strings = Map.copyOf(strings);
    this.assets = List.copyOf(assets);
  }

  /** Reads and compiles a theme; the message of a failure names the file to fix. */
  public static Theme load(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new ThemeException("theme folder not found: " + dir + "; pass --theme DIR");
    }
    Path templateDir = dir.resolve("templates");
    DefaultMustacheFactory factory = new DefaultMustacheFactory(templateDir.toFile());
    Map<String, Mustache> templates = new TreeMap<>();
    for (String name : PAGE_TEMPLATES) {
      Path file = templateDir.resolve(name + ".mustache");
      if (!Files.isRegularFile(file)) {
        throw new ThemeException("theme template missing: " + file);
      }
      try (Reader reader = new StringReader(Files.readString(file, StandardCharsets.UTF_8))) {
        templates.put(name, factory.compile(reader, name + ".mustache"));
      } catch (MustacheException e) {
        throw new ThemeException(
            "theme template " + file + " does not compile: " + e.getMessage(), e);
      }
    }
    return new Theme(
        dir, templates, loadStrings(dir.resolve("i18n")), listAssets(dir.resolve("assets")));
  }

  /** The compiled page template with that name ({@code note}, {@code index}, …). */
  Mustache template(String name) {
    return templates.get(name);
  }

  /** The UI strings for a language, falling back to English, then to any language the theme has. */
  public UiStrings strings(Lang lang) {
    return Optional.ofNullable(strings.get(lang))
        .or(() -> Optional.ofNullable(strings.get(Lang.EN)))
        .orElseGet(() -> strings.values().iterator().next());
  }

  /** Whether the theme has its own strings for a language. */
  public boolean hasStrings(Lang lang) {
    return strings.containsKey(lang);
  }

  /** The theme's static files, as paths relative to {@link #assetsDir()}, sorted. */
  public List<Path> assets() {
    return assets;
  }

  public Path assetsDir() {
    return dir.resolve("assets");
  }

  private static Map<Lang, UiStrings> loadStrings(Path i18nDir) throws IOException {
    if (!Files.isDirectory(i18nDir)) {
      throw new ThemeException("theme strings folder missing: " + i18nDir);
    }
    Load yaml = new Load(LoadSettings.builder().setCodePointLimit(256 * 1024).build());
    Map<Lang, UiStrings> strings = new TreeMap<>();
    try (Stream<Path> files = Files.list(i18nDir)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".yml")) {
          continue;
        }
        Lang lang =
            Lang.parse(name.substring(0, name.length() - 4))
                .orElseThrow(() -> new ThemeException("not a language code: " + file));
        try {
          Object tree = yaml.loadFromString(Files.readString(file, StandardCharsets.UTF_8));
          if (!(tree instanceof Map<?, ?> map)) {
            throw new ThemeException("theme strings must be a map of keys: " + file);
          }
          strings.put(lang, UiStrings.of(lang, stringKeys(map)));
        } catch (YamlEngineException e) {
          throw new ThemeException(
              "theme strings " + file + " are not valid YAML: " + e.getMessage(), e);
        }
      }
    }
    if (strings.isEmpty()) {
      throw new ThemeException("theme has no strings: add " + i18nDir.resolve("en.yml"));
    }
    return strings;
  }

  private static Map<String, Object> stringKeys(Map<?, ?> map) {
    Map<String, Object> result = new TreeMap<>();
    map.forEach((key, value) -> result.put(String.valueOf(key), value));
    return result;
  }

  private static List<Path> listAssets(Path assetsDir) throws IOException {
    if (!Files.isDirectory(assetsDir)) {
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(assetsDir)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .map(assetsDir::relativize)
          .sorted()
          .forEach(files::add);
    }
    return files;
  }
}
