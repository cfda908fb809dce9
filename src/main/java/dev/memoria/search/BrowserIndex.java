package dev.memoria.search;

import dev.memoria.core.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;

/**
 * Exports a {@link SearchIndex} for {@code search.js}: terms, postings and statistics read back
 * from the Lucene index (so the browser ranks with the numbers Lucene ranks with), the word table
 * and the sections' texts, as classic scripts under {@code search/}, each calling {@code
 * memoriaSearchData(name, jsonString)}.
 *
 * <ul>
 *   <li>{@code manifest.js}: format, BM25 parameters, fields (name, weight, document count, total
 *       length), Lucene's norm-to-length table, kinds' weights and limits, languages' note ranges,
 *       the stride of document numbers, notes per docs file, stop words, the first term of every
 *       lexicon shard and the first key of every words shard.
 *   <li>{@code lex-N.js}: {@code [term, sections, term, sections, …]}, sorted: what prefix and typo
 *       expansion choose from, without postings.
 *   <li>{@code post-N.js}: for the terms of {@code lex-N}, in the same order, {@code [field,
 *       postings, …]}; postings are (document delta, frequency, norm) triples as {@link #varints};
 *       an English field whose list equals its Spanish twin's has the twin's field number instead.
 *   <li>{@code words-N.js}: the {@link WordTable}, {@code {key: [[es terms], [en terms]]}}.
 *   <li>{@code docs-N.js}: notes {@code N*perFile…}: {@code [url, title, lang, [[anchor, heading,
 *       text], …]]}; loaded only for the results shown.
 * </ul>
 *
 * A document is numbered {@code note * stride + section}: its note is a division away, and the
 * order is Lucene's. Shards are cut by size at term boundaries, so a query loads the manifest and
 * the few shards its words reach, never the whole index.
 */
final class BrowserIndex {

  /** Changes whenever the files change meaning; also part of the index's fingerprint. */
  static final int FORMAT = 2;

  /** Aimed size of a postings shard, in UTF-16 units. */
  static final int POSTINGS_CHARS = 16_000;

  /** Aimed size of a words shard. */
  static final int WORDS_CHARS = 16_000;

  /**
   * Aimed size of a docs file: a few notes each, so a large vault's site has a few thousand files
   * rather than one per note, while the results page (20 results, each maybe in another file) still
   * loads well under 1 MB.
   */
  static final int DOCS_CHARS = 16_000;

  private static final String DIGITS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private BrowserIndex() {}

  static List<OutputFile> export(SearchIndex index) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(index.directory())) {
      List<OutputFile> files = new ArrayList<>();
      // Segments are read as one index: their documents are numbered in order, and MultiTerms sums
      // their statistics and joins their postings.
      Notes notes = notes(index.sections());
      // The docs files need only the sections, not the index: made meanwhile on another core,
      // while reading the postings of the largest field keeps one core alone busy.
      ForkJoinTask<DocsFiles> docs =
          ForkJoinPool.commonPool().submit(() -> docs(index.sections(), notes));

      StringBuilder manifest = new StringBuilder("{\"format\":").append(FORMAT);
      manifest.append(",\"k1\":1.2,\"b\":0.75,\"fields\":[");
      Map<String, StringBuilder> postings = new TreeMap<>();
      Map<String, Integer> sections = new HashMap<>();
      for (Fields.Field field : Fields.ALL) {
        Terms terms = MultiTerms.getTerms(reader, field.name());
        manifest.append(field.index() == 0 ? "[" : ",[");
        Json.string(manifest, field.name()).append(',').append(field.kind().weight);
        manifest.append(',').append(terms == null ? 0 : terms.getDocCount());
        manifest.append(',').append(terms == null ? 0 : terms.getSumTotalTermFreq()).append(']');
      }
      // Each kind of text (its Spanish and English fields) is read on its own thread, then the
      // lists are joined in field order.
      List<KindPostings> kinds =
          Arrays.stream(Fields.Kind.values())
              .parallel()
              .map(kind -> readKind(reader, kind, notes))
              .toList();
      for (KindPostings kind : kinds) {
        kind.postings.forEach(
            (term, lists) -> {
              StringBuilder entry = postings.computeIfAbsent(term, t -> new StringBuilder());
              entry.append(entry.length() == 0 ? "" : ",").append(lists);
            });
        kind.sections.forEach((term, count) -> sections.merge(term, count, Integer::sum));
      }
      manifest.append("],\"lengths\":[");
      for (int norm = 0; norm < 256; norm++) {
        manifest.append(norm == 0 ? "" : ",").append(SmallFloat.byte4ToInt((byte) norm));
      }
      manifest.append("],\"kinds\":[");
      for (int i = 0; i < QueryPlan.KIND_WEIGHTS.length; i++) {
        manifest.append(i == 0 ? "" : ",").append(QueryPlan.KIND_WEIGHTS[i]);
      }
      manifest
          .append("],\"limits\":{\"queryChars\":")
          .append(QueryPlan.MAX_QUERY_CHARS)
          .append(",\"words\":")
          .append(QueryPlan.MAX_WORDS)
          .append(",\"clauses\":")
          .append(QueryPlan.MAX_CLAUSES)
          .append(",\"prefixTerms\":")
          .append(QueryPlan.PREFIX_TERMS)
          .append(",\"fuzzyTerms\":")
          .append(QueryPlan.FUZZY_TERMS)
          .append(",\"minPrefix\":")
          .append(QueryPlan.MIN_PREFIX)
          .append(",\"minNumberWord\":")
          .append(QueryPlan.MIN_NUMBER_WORD)
          .append(",\"minFuzzyTerm\":")
          .append(QueryPlan.MIN_FUZZY_TERM)
          .append(",\"termLength\":")
          .append(Analysis.MAX_TERM_LENGTH)
          .append(",\"window\":")
          .append(Snippets.WINDOW)
          .append(",\"lead\":")
          .append(Snippets.LEAD)
          .append('}');

      List<String> termShards = termShards(postings, sections, files);
      List<String> wordShards = wordShards(index.words(), files);
      DocsFiles docsFiles = docs.join();
      files.addAll(docsFiles.files());
      int perFile = docsFiles.perFile();

      manifest.append(",\"langs\":[");
      boolean first = true;
      for (Map.Entry<String, int[]> lang : notes.langs.entrySet()) {
        Json.string(manifest.append(first ? "[" : ",["), lang.getKey());
        manifest.append(',').append(lang.getValue()[0]).append(',').append(lang.getValue()[1]);
        manifest.append(']');
        first = false;
      }
      manifest.append("],\"notes\":").append(notes.count);
      manifest.append(",\"stride\":").append(notes.stride);
      manifest.append(",\"notesPerFile\":").append(perFile);
      Json.strings(manifest.append(",\"terms\":"), termShards);
      Json.strings(manifest.append(",\"words\":"), wordShards);
      Json.strings(manifest.append(",\"stop\":"), Analysis.stopWordList());
      manifest.append('}');
      files.add(0, file("manifest", manifest));
      return files;
    }
  }

  /** Each Lucene document's note and place in it, and each language's range of notes. */
  private static final class Notes {
    int[] note = new int[0];
    int[] section = new int[0];
    int count;
    int stride = 1;
    final Map<String, int[]> langs = new TreeMap<>();

    long browserDoc(int doc) {
      return (long) note[doc] * stride + section[doc];
    }
  }

  private static Notes notes(List<IndexedSection> sections) {
    Notes notes = new Notes();
    notes.note = new int[sections.size()];
    notes.section = new int[sections.size()];
    for (int doc = 0; doc < sections.size(); doc++) {
      IndexedSection shown = sections.get(doc);
      int note = shown.note();
      notes.note[doc] = note;
      notes.section[doc] = doc > 0 && notes.note[doc - 1] == note ? notes.section[doc - 1] + 1 : 0;
      notes.stride = Math.max(notes.stride, notes.section[doc] + 1);
      notes.count = note + 1;
      int[] range =
          notes.langs.computeIfAbsent(shown.lang().code(), l -> new int[] {Integer.MAX_VALUE, 0});
      range[0] = Math.min(range[0], note);
      range[1] = Math.max(range[1], note + 1);
    }
    return notes;
  }

  /** The posting lists of one kind's two fields, by term. */
  private record KindPostings(Map<String, StringBuilder> postings, Map<String, Integer> sections) {}

  private static KindPostings readKind(IndexReader reader, Fields.Kind kind, Notes notes) {
    Map<String, StringBuilder> postings = new HashMap<>();
    Map<String, Integer> sections = new HashMap<>();
    Map<String, String> twinLists = new HashMap<>();
    try {
      for (Analysis.Chain chain : Analysis.Chain.values()) {
        Fields.Field field = Fields.of(kind, chain);
        Terms terms = MultiTerms.getTerms(reader, field.name());
        if (terms != null) {
          readPostings(reader, field, terms, notes, postings, sections, twinLists);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search: reading the index in memory failed", e);
    }
    return new KindPostings(postings, sections);
  }

  private static void readPostings(
      IndexReader reader,
      Fields.Field field,
      Terms terms,
      Notes notes,
      Map<String, StringBuilder> postings,
      Map<String, Integer> sections,
      Map<String, String> twinLists)
      throws IOException {
    int[] norms = new int[reader.maxDoc()];
    NumericDocValues values = MultiDocValues.getNormValues(reader, field.name());
    if (values != null) {
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; ) {
        norms[doc] = (int) (values.longValue() & 0xFF);
        doc = values.nextDoc();
      }
    }
    // Most words analyse the same in both chains; the English copy of a posting list then says
    // "as field N" instead of repeating it.
    Fields.Field twin = Fields.of(field.kind(), Analysis.Chain.ES);
    TermsEnum each = terms.iterator();
    PostingsEnum docs = null;
    StringBuilder list = new StringBuilder();
    for (BytesRef term = each.next(); term != null; term = each.next()) {
      list.setLength(0);
      docs = each.postings(docs, PostingsEnum.FREQS);
      long previous = 0;
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        long browserDoc = notes.browserDoc(doc);
        varint(list, browserDoc - previous);
        varint(list, docs.freq());
        varint(list, norms[doc]);
        previous = browserDoc;
      }
      String text = term.utf8ToString();
      sections.merge(text, each.docFreq(), Integer::sum);
      StringBuilder entry = postings.computeIfAbsent(text, t -> new StringBuilder());
      entry.append(entry.length() == 0 ? "" : ",").append(field.index()).append(',');
      String written = list.toString();
      if (twin == field) {
        twinLists.put(text, written);
      }
      if (twin != field && written.equals(twinLists.get(text))) {
        entry.append(twin.index());
      } else {
        entry.append('"').append(written).append('"');
      }
    }
  }

  /**
   * Appends {@code value} in base 32 with a continuation digit: five bits per character, low bits
   * first, characters from {@link #DIGITS}; a digit of 32 or more says another follows.
   */
  static void varint(StringBuilder out, long value) {
    long rest = value;
    while (rest >= 32) {
      out.append(DIGITS.charAt(32 + (int) (rest & 31)));
      rest >>>= 5;
    }
    out.append(DIGITS.charAt((int) rest));
  }

  /** Writes lexicon and postings shards side by side; returns each shard's first term. */
  private static List<String> termShards(
      Map<String, StringBuilder> postings, Map<String, Integer> sections, List<OutputFile> files) {
    List<String> firsts = new ArrayList<>();
    StringBuilder lexicon = new StringBuilder();
    StringBuilder lists = new StringBuilder();
    List<Map.Entry<String, String>> shards = new ArrayList<>();
    for (Map.Entry<String, StringBuilder> entry : postings.entrySet()) {
      if (lists.length() == 0) {
        firsts.add(entry.getKey());
      } else {
        lexicon.append(',');
        lists.append(',');
      }
      Json.string(lexicon, entry.getKey()).append(',').append(sections.get(entry.getKey()));
      lists.append('[').append(entry.getValue()).append(']');
      if (lists.length() >= POSTINGS_CHARS) {
        shardPair(firsts.size() - 1, lexicon, lists, shards);
      }
    }
    if (lists.length() > 0 || firsts.isEmpty()) {
      if (firsts.isEmpty()) {
        firsts.add("");
      }
      shardPair(firsts.size() - 1, lexicon, lists, shards);
    }
    // Made into scripts on every core; the list keeps the shards in order.
    files.addAll(
        shards.parallelStream()
            .map(
                shard ->
                    OutputFile.text(
                        "search/" + shard.getKey() + ".js",
                        Json.script(shard.getKey(), shard.getValue())))
            .toList());
    return firsts;
  }

  private static void shardPair(
      int n, StringBuilder lexicon, StringBuilder lists, List<Map.Entry<String, String>> shards) {
    shards.add(Map.entry("lex-" + n, "[" + lexicon + "]"));
    shards.add(Map.entry("post-" + n, "[" + lists + "]"));
    lexicon.setLength(0);
    lists.setLength(0);
  }

  private static List<String> wordShards(WordTable words, List<OutputFile> files) {
    List<String> firsts = new ArrayList<>();
    StringBuilder shard = new StringBuilder();
    for (Map.Entry<String, List<List<String>>> entry : words.entries().entrySet()) {
      if (shard.length() == 0) {
        firsts.add(entry.getKey());
        shard.append('{');
      } else {
        shard.append(',');
      }
      Json.string(shard, entry.getKey()).append(":[");
      for (int i = 0; i < entry.getValue().size(); i++) {
        Json.strings(shard.append(i == 0 ? "" : ","), entry.getValue().get(i));
      }
      shard.append(']');
      if (shard.length() >= WORDS_CHARS) {
        files.add(file("words-" + (firsts.size() - 1), shard.append('}')));
        shard.setLength(0);
      }
    }
    if (shard.length() > 0 || firsts.isEmpty()) {
      if (firsts.isEmpty()) {
        firsts.add("");
        shard.append('{');
      }
      files.add(file("words-" + (firsts.size() - 1), shard.append('}')));
    }
    return firsts;
  }

  /** The docs files, and how many notes each holds. */
  private record DocsFiles(List<OutputFile> files, int perFile) {}

  /** Makes the docs files, a fixed number of notes each. */
  private static DocsFiles docs(List<IndexedSection> sections, Notes notes) {
    if (sections.isEmpty()) {
      return new DocsFiles(List.of(), 1);
    }
    List<Integer> starts = new ArrayList<>();
    for (int doc = 0; doc < sections.size(); doc++) {
      if (notes.section[doc] == 0) {
        starts.add(doc);
      }
    }
    starts.add(sections.size());
    List<String> byNote =
        IntStream.range(0, starts.size() - 1)
            .parallel()
            .mapToObj(n -> noteJson(sections.subList(starts.get(n), starts.get(n + 1))))
            .toList();
    long chars = byNote.stream().mapToLong(String::length).sum();
    int perFile = (int) Math.max(1, Math.min(byNote.size(), DOCS_CHARS * byNote.size() / chars));
    List<OutputFile> files =
        IntStream.range(0, (byNote.size() + perFile - 1) / perFile)
            .parallel()
            .mapToObj(
                n -> {
                  // The notes' JSON is written for the script already: no second pass over it.
                  List<String> group =
                      byNote.subList(n * perFile, Math.min(byNote.size(), (n + 1) * perFile));
                  long size = group.stream().mapToLong(String::length).sum() + group.size() + 2;
                  String name = "docs-" + n;
                  return OutputFile.text(
                      "search/" + name + ".js", Json.scriptOfWritten(name, group, size));
                })
            .toList();
    return new DocsFiles(files, perFile);
  }

  /**
   * {@code [url, title, lang, [[anchor, heading, text], …]]} for the sections of one note, written
   * for the inside of a docs file's script literal.
   */
  private static String noteJson(List<IndexedSection> sections) {
    StringBuilder note = new StringBuilder("[");
    IndexedSection opening = sections.get(0);
    String page = opening.link();
    int pageHash = page.indexOf('#');
    Json.string(note, pageHash < 0 ? page : page.substring(0, pageHash), true).append(',');
    Json.string(note, opening.title(), true).append(',');
    Json.string(note, opening.lang().code(), true).append(",[");
    for (int i = 0; i < sections.size(); i++) {
      IndexedSection shown = sections.get(i);
      int hash = shown.link().indexOf('#');
      note.append(i == 0 ? "[" : ",[");
      Json.string(note, hash < 0 ? "" : shown.link().substring(hash + 1), true).append(',');
      Json.string(note, shown.heading(), true).append(',');
      Json.string(note, Snippets.source(shown.text()), true).append(']');
    }
    return note.append("]]").toString();
  }

  private static OutputFile file(String name, StringBuilder json) {
    return OutputFile.text("search/" + name + ".js", Json.script(name, json));
  }
}
