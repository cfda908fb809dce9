package dev.memoria.search;

import dev.memoria.core.Lang;
import dev.memoria.core.OutputFile;
import dev.memoria.links.NoteGraph;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.NIOFSDirectory;

/**
 * A built search index: the Lucene index of the sections and the {@link WordTable}. The build
 * exports it for the browser ({@link #browserFiles()}); the CLI keeps it in a cache folder next to
 * the notes ({@link #cacheFolder}) and searches it with {@link LocalSearch}.
 */
public final class SearchIndex implements AutoCloseable {

  private static final String WORDS = "words.tsv";
  private static final String FINGERPRINT = "fingerprint";
  private static final String SECTIONS = "sections.bin";

  private final Directory directory;
  private final WordTable words;
  private final List<IndexedSection> sections;

  SearchIndex(Directory directory, WordTable words, List<IndexedSection> sections) {
    this.directory = directory;
    this.words = words;
    this.sections = List.copyOf(sections);
  }

  /**
   * Where the CLI keeps the index of {@code vault}: {@code <vault>/.memoria/search}. Memoria and
   * Obsidian skip dot-folders, so it is never read as notes nor published.
   */
  public static Path cacheFolder(Path vault) {
    return vault.resolve(".memoria").resolve("search");
  }

  /**
   * The browser index: files to write under the site root, all below {@code search/}. The same
   * index always gives the same bytes.
   */
  public List<OutputFile> browserFiles() throws IOException {
    return BrowserIndex.export(this);
  }

  /**
   * The index of {@code graph}: the one saved in {@code folder} when it was built from the same
   * notes, else a new one, which is then saved there when it can be. The folder is only a speed-up:
   * a vault that cannot be written to (read-only, or another search saving at the same moment) is
   * still searched.
   */
  public static SearchIndex cached(NoteGraph graph, Path folder) throws IOException {
    String fingerprint = SearchIndexer.fingerprint(graph);
    Optional<SearchIndex> saved = load(folder, fingerprint);
    if (saved.isPresent()) {
      return saved.get();
    }
    SearchIndex index = new SearchIndexer().index(graph);
    try {
      index.save(folder, fingerprint);
    } catch (IOException e) {
      // Searched from memory this time; the next search tries to save again.
    }
    return index;
  }

  /**
   * Replaces what {@code folder} holds with this index, built from notes with {@code fingerprint}
   * ({@link SearchIndexer#fingerprint}), through a sibling temporary folder. Plain file I/O, not
   * memory mapping: the files are copied whole, and mapping needs native access that newer JDKs
   * warn about.
   */
  void save(Path folder, String fingerprint) throws IOException {
    Path parent = folder.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temporary = Files.createTempDirectory(parent, ".search-");
    try {
      try (Directory target = new NIOFSDirectory(temporary)) {
        for (String file : directory.listAll()) {
          target.copyFrom(directory, file, file, IOContext.DEFAULT);
        }
      }
      Files.writeString(temporary.resolve(WORDS), wordLines(), StandardCharsets.UTF_8);
      writeSections(temporary.resolve(SECTIONS));
      Files.writeString(temporary.resolve(FINGERPRINT), fingerprint, StandardCharsets.UTF_8);
      deleteTree(folder);
      Files.move(temporary, folder, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      deleteTree(temporary);
    }
  }

  /**
   * The index saved in {@code folder}, loaded into memory, when it is there and was built from
   * notes with {@code fingerprint}.
   */
  public static Optional<SearchIndex> load(Path folder, String fingerprint) throws IOException {
    Path stamp = folder.resolve(FINGERPRINT);
    if (!Files.isRegularFile(stamp)
        || !Files.readString(stamp, StandardCharsets.UTF_8).equals(fingerprint)) {
      return Optional.empty();
    }
    Directory memory = new ByteBuffersDirectory();
    try (Directory saved = new NIOFSDirectory(folder)) {
      for (String file : saved.listAll()) {
        if (!file.equals(WORDS) && !file.equals(FINGERPRINT) && !file.equals(SECTIONS)) {
          memory.copyFrom(saved, file, file, IOContext.DEFAULT);
        }
      }
    }
    WordTable words = parseWords(Files.readString(folder.resolve(WORDS), StandardCharsets.UTF_8));
    return Optional.of(new SearchIndex(memory, words, readSections(folder.resolve(SECTIONS))));
  }

  Directory directory() {
    return directory;
  }

  WordTable words() {
    return words;
  }

  /** The sections in Lucene's document order: section {@code i} is document {@code i}. */
  List<IndexedSection> sections() {
    return sections;
  }

  private void writeSections(Path file) throws IOException {
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      out.writeInt(sections.size());
      for (IndexedSection section : sections) {
        for (String text :
            List.of(
                section.link(),
                section.title(),
                section.heading(),
                section.lang().code(),
                section.text())) {
          byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
          out.writeInt(bytes.length);
          out.write(bytes);
        }
        out.writeInt(section.note());
      }
    }
  }

  private static List<IndexedSection> readSections(Path file) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      int count = in.readInt();
      List<IndexedSection> sections = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        String[] texts = new String[5];
        for (int t = 0; t < texts.length; t++) {
          byte[] bytes = new byte[in.readInt()];
          in.readFully(bytes);
          texts[t] = new String(bytes, StandardCharsets.UTF_8);
        }
        sections.add(
            new IndexedSection(
                texts[0], texts[1], texts[2], new Lang(texts[3]), in.readInt(), texts[4]));
      }
      return sections;
    }
  }

  @Override
  public void close() throws IOException {
    directory.close();
  }

  private String wordLines() {
    StringBuilder lines = new StringBuilder();
    words
        .entries()
        .forEach(
            (key, terms) -> {
              lines.append(key);
              for (List<String> chain : terms) {
                lines.append('\t').append(String.join(" ", chain));
              }
              lines.append('\n');
            });
    return lines.toString();
  }

  private static WordTable parseWords(String text) {
    SortedMap<String, List<List<String>>> entries = new TreeMap<>();
    for (String line : text.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\t", -1);
      List<List<String>> terms = new ArrayList<>();
      for (int i = 1; i < parts.length; i++) {
        terms.add(parts[i].isEmpty() ? List.of() : Arrays.asList(parts[i].split(" ")));
      }
      entries.put(parts[0], terms);
    }
    return new WordTable(entries);
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
