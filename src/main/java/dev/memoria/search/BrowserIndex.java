package dev.memoria.search;

import dev.memoria.core.OutputFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;

/**
 * Exports a {@link SearchIndex} for {@code search.js}: terms, postings and statistics read back
 * from the Lucene index (so the browser ranks with the numbers Lucene ranks with), the word table
 * and the sections' texts, as classic scripts under {@code search/}.
 *
 * <p>Files (each calls {@code memoriaSearchData(name, jsonString)}):
 *
 * <ul>
 *   <li>{@code search/manifest.js}: format, BM25 parameters, fields with weight, document count and
 *       total length, kinds' weights and limits, the languages' ranges of documents, the first
 *       document of each note, the stop words, and the first key of every shard.
 *   <li>{@code search/terms-N.js}: {@code {term: [field, [doc delta, tf, length, …], …]}} for a
 *       range of terms; a posting's length is the field length Lucene's norm stores.
 *   <li>{@code search/words-N.js}: the {@link WordTable}, {@code {key: [[es terms], [en terms]]}}.
 *   <li>{@code search/docs-N.js}: {@code [[link, title, heading, lang, text], …]} for a range of
 *       documents; loaded only for the results shown.
 * </ul>
 *
 * Shards are cut by size, at term (or key, or document) boundaries, so the first query loads the
 * manifest and the few shards its words fall in, never the whole index.
 */
final class BrowserIndex {

  /** Changes whenever the files change meaning; also part of the index's fingerprint. */
  static final int FORMAT = 1;

  /** Aimed size of a shard's JSON, in UTF-16 units. */
  static final int SHARD_CHARS = 48_000;

  /** The part of a section's text the browser gets for its snippet. */
  static final int TEXT_CHARS = 1_500;

  private BrowserIndex() {}

  static List<OutputFile> export(SearchIndex index) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(index.directory())) {
      List<OutputFile> files = new ArrayList<>();
      StringBuilder manifest = new StringBuilder("{\"format\":").append(FORMAT);
      manifest.append(",\"k1\":1.2,\"b\":0.75");
      if (reader.leaves().size() > 1) {
        throw new IllegalStateException("search: the index must have one segment");
      }
      LeafReader leaf = reader.leaves().isEmpty() ? null : reader.leaves().get(0).reader();

      manifest.append(",\"fields\":[");
      Map<String, StringBuilder> postings = new TreeMap<>();
      Map<String, String> twinLists = new HashMap<>();
      for (Fields.Field field : Fields.ALL) {
        Terms terms = leaf == null ? null : leaf.terms(field.name());
        int docCount = terms == null ? 0 : terms.getDocCount();
        long length = terms == null ? 0 : terms.getSumTotalTermFreq();
        manifest.append(field.index() == 0 ? "[" : ",[");
        Json.string(manifest, field.name())
            .append(',')
            .append(field.kind().weight)
            .append(',')
            .append(docCount)
            .append(',')
            .append(length)
            .append(']');
        if (field.chain() == Analysis.Chain.ES) {
          twinLists.clear();
        }
        if (terms != null) {
          readPostings(leaf, field, terms, postings, twinLists);
        }
      }
      manifest.append(']');
      manifest.append(",\"kinds\":[");
      for (int i = 0; i < QueryPlan.KIND_WEIGHTS.length; i++) {
        manifest.append(i == 0 ? "" : ",").append(QueryPlan.KIND_WEIGHTS[i]);
      }
      manifest.append(']');
      manifest
          .append(",\"limits\":{\"queryChars\":")
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
          .append(",\"termLength\":")
          .append(Analysis.MAX_TERM_LENGTH)
          .append(",\"window\":")
          .append(Snippets.WINDOW)
          .append(",\"lead\":")
          .append(Snippets.LEAD)
          .append('}');

      List<String> termShards = new ArrayList<>();
      shard(
          postings,
          (term, list) ->
              Json.string(new StringBuilder(), term).append(":[").append(list).append(']'),
          "terms",
          termShards,
          files);
      Map<String, StringBuilder> words = new TreeMap<>();
      index
          .words()
          .entries()
          .forEach(
              (key, terms) -> {
                StringBuilder value = new StringBuilder("[");
                for (int i = 0; i < terms.size(); i++) {
                  Json.strings(value.append(i == 0 ? "" : ","), terms.get(i));
                }
                words.put(key, value.append(']'));
              });
      List<String> wordShards = new ArrayList<>();
      shard(
          words,
          (key, value) -> Json.string(new StringBuilder(), key).append(':').append(value),
          "words",
          wordShards,
          files);

      List<Integer> docShards = new ArrayList<>();
      List<Integer> noteStarts = new ArrayList<>();
      Map<String, int[]> langs = new TreeMap<>();
      docs(leaf, docShards, noteStarts, langs, files);

      manifest.append(",\"langs\":[");
      boolean first = true;
      for (Map.Entry<String, int[]> lang : langs.entrySet()) {
        Json.string(manifest.append(first ? "[" : ",["), lang.getKey());
        manifest.append(',').append(lang.getValue()[0]).append(',').append(lang.getValue()[1]);
        manifest.append(']');
        first = false;
      }
      manifest.append("],\"docCount\":").append(leaf == null ? 0 : leaf.maxDoc());
      manifest.append(",\"notes\":").append(noteStarts.toString().replace(" ", ""));
      manifest.append(",\"docs\":").append(docShards.toString().replace(" ", ""));
      Json.strings(manifest.append(",\"terms\":"), termShards);
      Json.strings(manifest.append(",\"words\":"), wordShards);
      Json.strings(manifest.append(",\"stop\":"), Analysis.stopWordList());
      manifest.append('}');
      files.add(
          0, OutputFile.text("search/manifest.js", Json.script("manifest", manifest.toString())));
      return files;
    }
  }

  private static void readPostings(
      LeafReader leaf,
      Fields.Field field,
      Terms terms,
      Map<String, StringBuilder> postings,
      Map<String, String> twinLists)
      throws IOException {
    int[] lengths = new int[leaf.maxDoc()];
    NumericDocValues norms = leaf.getNormValues(field.name());
    if (norms != null) {
      for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
        lengths[doc] = SmallFloat.byte4ToInt((byte) norms.longValue());
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
      list.append('[');
      docs = each.postings(docs, PostingsEnum.FREQS);
      int previous = 0;
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        list.append(list.length() == 1 ? "" : ",");
        list.append(doc - previous).append(',').append(docs.freq());
        list.append(',').append(lengths[doc]);
        previous = doc;
      }
      list.append(']');
      String text = term.utf8ToString();
      StringBuilder entry = postings.computeIfAbsent(text, t -> new StringBuilder());
      String written = list.toString();
      if (twin == field) {
        twinLists.put(text, written);
      }
      if (twin != field && written.equals(twinLists.get(text))) {
        entry.append(entry.length() == 0 ? "" : ",").append(field.index()).append(',');
        entry.append(twin.index());
      } else {
        entry.append(entry.length() == 0 ? "" : ",").append(field.index()).append(',');
        entry.append(written);
      }
    }
  }

  private static void docs(
      LeafReader leaf,
      List<Integer> docShards,
      List<Integer> noteStarts,
      Map<String, int[]> langs,
      List<OutputFile> files)
      throws IOException {
    if (leaf == null) {
      return;
    }
    StoredFields stored = leaf.storedFields();
    StringBuilder shard = new StringBuilder();
    int previousNote = -1;
    for (int doc = 0; doc < leaf.maxDoc(); doc++) {
      Document document = stored.document(doc);
      int note = document.getField(Fields.NOTE).numericValue().intValue();
      if (note != previousNote) {
        noteStarts.add(doc);
        previousNote = note;
      }
      String lang = document.get(Fields.LANG);
      int[] range = langs.computeIfAbsent(lang, l -> new int[] {Integer.MAX_VALUE, 0});
      range[0] = Math.min(range[0], doc);
      range[1] = Math.max(range[1], doc + 1);
      if (shard.length() == 0) {
        docShards.add(doc);
        shard.append('[');
      } else {
        shard.append(',');
      }
      shard.append('[');
      Json.string(shard, document.get(Fields.LINK)).append(',');
      Json.string(shard, document.get(Fields.TITLE)).append(',');
      Json.string(shard, document.get(Fields.HEADING)).append(',');
      Json.string(shard, lang).append(',');
      Json.string(shard, cut(document.get(Fields.TEXT))).append(']');
      if (shard.length() >= SHARD_CHARS) {
        files.add(docsFile(docShards.size() - 1, shard.append(']')));
        shard.setLength(0);
      }
    }
    if (shard.length() > 0) {
      files.add(docsFile(docShards.size() - 1, shard.append(']')));
    }
  }

  private static OutputFile docsFile(int n, StringBuilder json) {
    String name = "docs-" + n;
    return OutputFile.text("search/" + name + ".js", Json.script(name, json.toString()));
  }

  private static String cut(String text) {
    if (text.length() <= TEXT_CHARS) {
      return text;
    }
    int end = TEXT_CHARS;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  /** Writes {@code entries} (sorted) as shards of about {@link #SHARD_CHARS}. */
  private static void shard(
      Map<String, StringBuilder> entries,
      java.util.function.BiFunction<String, StringBuilder, StringBuilder> entry,
      String prefix,
      List<String> firstKeys,
      List<OutputFile> files) {
    StringBuilder shard = new StringBuilder();
    for (Map.Entry<String, StringBuilder> e : entries.entrySet()) {
      if (shard.length() == 0) {
        firstKeys.add(e.getKey());
        shard.append('{');
      } else {
        shard.append(',');
      }
      shard.append(entry.apply(e.getKey(), e.getValue()));
      if (shard.length() >= SHARD_CHARS) {
        files.add(shardFile(prefix, firstKeys.size() - 1, shard.append('}')));
        shard.setLength(0);
      }
    }
    if (shard.length() > 0 || firstKeys.isEmpty()) {
      if (firstKeys.isEmpty()) {
        firstKeys.add("");
        shard.append('{');
      }
      files.add(shardFile(prefix, firstKeys.size() - 1, shard.append('}')));
    }
  }

  private static OutputFile shardFile(String prefix, int n, StringBuilder json) {
    String name = prefix + "-" + n;
    return OutputFile.text("search/" + name + ".js", Json.script(name, json.toString()));
  }
}
