package dev.memoria.search;

import dev.memoria.core.Lang;
import dev.memoria.core.NoteId;
import dev.memoria.links.NoteGraph;
import dev.memoria.markdown.ParsedNote;
import dev.memoria.search.Analysis.Chain;
import dev.memoria.search.Fields.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Stage 7: indexes every published note of a graph, one Lucene document per {@link Section}.
 *
 * <p>Documents come in a fixed order (notes by language, then id; sections in page order): each run
 * of notes is indexed into one segment, and the segments are joined in order without merging them,
 * so a document's Lucene number is its place in that order and the same notes always give the same
 * browser files. Call {@link #index} once per build; it uses every core itself.
 */
public final class SearchIndexer {

  /**
   * Analysed, not stored: frequencies for BM25 and norms for field lengths; no positions, as
   * neither engine ranks by proximity, which keeps the index and the browser export small.
   */
  private static final FieldType ANALYSED = analysed();

  /** Indexes the published notes of {@code graph} in memory. */
  public SearchIndex index(NoteGraph graph) throws IOException {
    LuceneLogs.quiet();
    List<ParsedNote> notes = new ArrayList<>(graph.notes().values());
    notes.sort(
        Comparator.comparing((ParsedNote note) -> note.source().lang())
            .thenComparing(ParsedNote::id));
    // Every word of the notes goes through the analysis, which hands over those with accents.
    Set<String> accented = ConcurrentHashMap.newKeySet();
    try (Analyses analyses = new Analyses(accented::add)) {
      // Analysis is most of the work: contiguous runs of notes are indexed in parallel, each into
      // its own segment, and the segments are joined in order, so documents keep their numbers.
      // Four runs per core, as notes differ in length and language: no core waits for another.
      int parts = Math.min(4 * Runtime.getRuntime().availableProcessors(), 1 + notes.size() / 500);
      List<Piece> pieces =
          IntStream.range(0, parts)
              .parallel()
              .mapToObj(
                  part ->
                      piece(
                          notes,
                          part * notes.size() / parts,
                          (part + 1) * notes.size() / parts,
                          graph,
                          analyses))
              .toList();
      Directory directory = new ByteBuffersDirectory();
      // Readers and the export read several segments as one; merging them was a tenth of the time.
      IndexWriterConfig joined = config(analyses).setMergePolicy(NoMergePolicy.INSTANCE);
      try (IndexWriter writer = new IndexWriter(directory, joined)) {
        writer.addIndexes(pieces.stream().map(Piece::directory).toArray(Directory[]::new));
      }
      List<IndexedSection> shown = new ArrayList<>();
      for (Piece piece : pieces) {
        piece.directory().close();
        shown.addAll(piece.sections());
      }
      WordTable words = WordTable.of(new TreeSet<>(accented), analyses);
      return new SearchIndex(directory, words, shown);
    }
  }

  /** A run of notes indexed: its segment, and what results show of its sections, in order. */
  private record Piece(Directory directory, List<IndexedSection> sections) {}

  /**
   * Cuts the notes {@code from} to {@code to} into sections and indexes them. A section's texts are
   * indexed as soon as they are made and then dropped: they are read again while still in the
   * processor's cache, and most die young, where holding all of them to the end had each collection
   * copy them to the old generation. Only what results show is kept.
   */
  private static Piece piece(
      List<ParsedNote> notes, int from, int to, NoteGraph graph, Analyses analyses) {
    Directory directory = new ByteBuffersDirectory();
    List<IndexedSection> shown = new ArrayList<>();
    try (IndexWriter writer = new IndexWriter(directory, config(analyses))) {
      for (int n = from; n < to; n++) {
        ParsedNote note = notes.get(n);
        for (Section section : NoteSections.of(note, graph.pageUrls().get(note.id()))) {
          writer.addDocument(document(section));
          shown.add(IndexedSection.of(section, n));
        }
      }
      writer.forceMerge(1);
    } catch (IOException e) {
      throw new UncheckedIOException("search: indexing in memory failed", e);
    }
    return new Piece(directory, shown);
  }

  private static IndexWriterConfig config(Analyses analyses) {
    IndexWriterConfig config = new IndexWriterConfig(analyses.perField());
    // Merging only neighbouring segments keeps documents in the order they were added.
    config.setMergePolicy(new LogByteSizeMergePolicy());
    config.setRAMBufferSizeMB(256);
    config.setUseCompoundFile(false);
    config.setCommitOnClose(true);
    return config;
  }

  /**
   * A digest of everything the index is made from, so a saved index can tell whether it is still
   * the index of a vault. Only the CLI's cache needs it: a site build does not compute it.
   */
  public static String fingerprint(NoteGraph graph) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (ParsedNote note : graph.notes().values()) {
        NoteId id = note.id();
        for (String part :
            List.of(
                id.toString(),
                graph.pageUrls().get(id),
                note.source().lang().code(),
                note.title(),
                String.join("\n", note.tags()),
                String.join("\n", note.source().frontmatter().aliases()),
                note.source().body())) {
          digest.update(part.getBytes(StandardCharsets.UTF_8));
          digest.update((byte) 0);
        }
      }
      digest.update(("format " + BrowserIndex.FORMAT).getBytes(StandardCharsets.UTF_8));
      digest.update(codeStamp().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("search: every Java has SHA-256", e);
    }
  }

  private static Document document(Section section) {
    Document document = new Document();
    Chain own = section.lang().equals(Lang.ES) ? Chain.ES : Chain.EN;
    for (Kind kind : Kind.values()) {
      String text = text(section, kind);
      if (text.isEmpty()) {
        continue;
      }
      for (Chain chain : Chain.values()) {
        // Body and code are nine tenths of the text: analysed by the note's own language only,
        // which halves the indexing time of a large vault. Titles, aliases, tags and headings are
        // short and name what a note is about, so they get both chains: an English word in a
        // Spanish title is stemmed as English too, and the reverse.
        if (chain == own || !kind.ownLanguageOnly) {
          document.add(new Field(Fields.of(kind, chain).name(), text, ANALYSED));
        }
      }
    }
    return document;
  }

  static String text(Section section, Kind kind) {
    return switch (kind) {
      case TITLE -> section.anchor().isEmpty() ? section.title() : "";
      case ALIASES -> String.join("\n", section.aliases());
      case TAGS -> String.join("\n", section.tags());
      case HEADING -> section.heading();
      case BODY -> section.body();
      case CODE -> section.code();
    };
  }

  private static FieldType analysed() {
    FieldType type = new FieldType();
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.setTokenized(true);
    type.setStored(false);
    type.freeze();
    return type;
  }

  /**
   * Which Memoria indexed: the jar (or classes folder) and its time, so a cached index made by an
   * older Memoria, which may have indexed differently, is not reused.
   */
  private static String codeStamp() {
    try {
      Path code =
          Path.of(SearchIndexer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return code + " " + Files.getLastModifiedTime(code).toMillis();
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return "unknown code";
    }
  }
}
