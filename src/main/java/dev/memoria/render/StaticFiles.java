package dev.memoria.render;

import dev.memoria.core.OutputFile;
import dev.memoria.links.NoteGraph;
import dev.memoria.simulator.svg.DiagramRenderer;
import dev.memoria.vault.Asset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files pages load besides themselves: the theme's assets, the memory diagrams' style sheet
 * ({@code assets/memsim.css}, which the theme's CSS imports), the attachments notes use, and the
 * KaTeX and Mermaid bundles (from their WebJars on the classpath) only when a page needs them.
 */
final class StaticFiles {

  private static final String WEBJARS = "META-INF/resources/webjars/";
  private static final Pattern KATEX_FONT = Pattern.compile("fonts/(KaTeX_[A-Za-z0-9_-]+\\.woff2)");

  private final Theme theme;

  StaticFiles(Theme theme) {
    this.theme = theme;
  }

  List<OutputFile> render(NoteGraph graph, boolean usesMath, boolean usesMermaid)
      throws IOException {
    List<OutputFile> files = new ArrayList<>();
    for (Path asset : theme.assets()) {
      String path = "assets/" + asset.toString().replace('\\', '/');
      files.add(OutputFile.copy(path, theme.assetsDir().resolve(asset)));
    }
    // Every memory figure's SVG needs these rules; one shared file instead of a copy per step.
    files.add(
        OutputFile.of(
            "assets/memsim.css",
            (DiagramRenderer.STYLESHEET.replace("}", "}\n")).getBytes(StandardCharsets.UTF_8)));
    for (Asset asset : graph.assets()) {
      files.add(OutputFile.copy(graph.assetUrls().get(asset.path()), asset.file()));
    }
    Properties versions = vendorVersions();
    if (usesMath) {
      String dist = WEBJARS + "katex/" + versions.getProperty("katex") + "/dist/";
      byte[] css = resource(dist + "katex.min.css");
      files.add(vendorFile("katex/katex.min.css", css));
      files.add(vendorFile("katex/katex.min.js", resource(dist + "katex.min.js")));
      // The stylesheet names the fonts it needs; the woff2 ones are enough for every browser
      // that runs KaTeX, so only those are copied.
      TreeSet<String> fonts = new TreeSet<>();
      Matcher font = KATEX_FONT.matcher(new String(css, StandardCharsets.UTF_8));
      while (font.find()) {
        fonts.add(font.group(1));
      }
      for (String name : fonts) {
        files.add(vendorFile("katex/fonts/" + name, resource(dist + "fonts/" + name)));
      }
    }
    if (usesMermaid) {
      String dist = WEBJARS + "mermaid/" + versions.getProperty("mermaid") + "/dist/";
      files.add(vendorFile("mermaid/mermaid.min.js", resource(dist + "mermaid.min.js")));
    }
    return files;
  }

  private static OutputFile vendorFile(String path, byte[] bytes) {
    return OutputFile.of("assets/vendor/" + path, bytes);
  }

  private static Properties vendorVersions() throws IOException {
    Properties versions = new Properties();
    try (InputStream in = open("dev/memoria/render/vendor.properties")) {
      versions.load(in);
    }
    return versions;
  }

  private static byte[] resource(String name) {
    try (InputStream in = open(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException("bundled file missing from Memoria's jar: " + name);
    }
    return in;
  }
}
