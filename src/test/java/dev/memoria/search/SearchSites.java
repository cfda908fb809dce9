package dev.memoria.search;

import dev.memoria.core.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small sites holding the browser index, {@code search.js} and a page that loads it. */
final class SearchSites {

  static final Path SEARCH_JS = Path.of("themes", "default", "assets", "search.js");

  private SearchSites() {}

  /** Writes the index's files, {@code assets/search.js} and {@code page.html} into {@code site}. */
  static Path write(SearchIndex index, Path site) {
    try {
      writeFiles(index.browserFiles(), site);
      Files.createDirectories(site.resolve("assets"));
      Files.copy(SEARCH_JS, site.resolve("assets/search.js"));
      Files.writeString(
          site.resolve("page.html"),
          """
          <!doctype html>
          <html><head><meta charset="utf-8"><title>search</title></head>
          <body>
          <input type="search" data-memoria-search data-memoria-search-url aria-label="Search">
          <select data-memoria-search-lang><option value="">all</option>
          <option value="es">es</option><option value="en">en</option></select>
          <p data-memoria-search-status></p>
          <ol data-memoria-search-results></ol>
          <ol id="results"></ol>
          <script src="assets/search.js"></script></body></html>
          """);
      return site.resolve("page.html");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void writeFiles(List<OutputFile> files, Path site) throws IOException {
    for (OutputFile file : files) {
      Path path = site.resolve(file.path());
      Files.createDirectories(path.getParent());
      Files.write(path, ((OutputFile.Bytes) file.content()).bytes());
    }
  }

  static long size(List<OutputFile> files) {
    return files.stream().mapToLong(file -> ((OutputFile.Bytes) file.content()).size()).sum();
  }
}
