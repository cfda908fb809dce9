package dev.memoria.search;

import dev.memoria.core.Lang;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * Answers queries from a {@link SearchIndex} with Lucene, for {@code memoria search}. Ranks as
 * {@code search.js} does: sections matched by a word or the start of the last word come before
 * sections matched only through typos; then BM25 (k1 1.2, b 0.75): each query word scores by its
 * best weighted term and field, and the words' scores are summed; then the order of the index. Each
 * note appears once, with its best section.
 */
public final class LocalSearch implements AutoCloseable {

  private final SearchIndex index;
  private final IndexReader reader;
  private final IndexSearcher searcher;
  private final Dictionary dictionary;
  private final Analyses analyses = new Analyses();

  /** Opens {@code index} for searching; it must stay open while this is used. */
  public LocalSearch(SearchIndex index) throws IOException {
    LuceneLogs.quiet();
    this.index = index;
    this.reader = DirectoryReader.open(index.directory());
    this.searcher = new IndexSearcher(reader);
    searcher.setSimilarity(new BM25Similarity(1.2f, 0.75f));
    this.dictionary = Dictionary.of(reader);
  }

  /**
   * The best {@code limit} notes for {@code query}, only in {@code lang} when given. Any text is a
   * valid query: it is cut into words, and a query without words has no results.
   */
  public List<SearchHit> search(String query, Optional<Lang> lang, int limit) throws IOException {
    QueryPlan plan = QueryPlan.of(query, dictionary, index.words(), analyses);
    if (plan.clauses().isEmpty() || limit <= 0) {
      return List.of();
    }
    Set<Integer> direct = matching(plan, false);
    List<Ranked> ranked = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query(plan, true), reader.maxDoc()).scoreDocs) {
      ranked.add(new Ranked(hit.doc, direct.contains(hit.doc), hit.score));
    }
    ranked.sort(
        Comparator.comparing((Ranked r) -> !r.direct())
            .thenComparing(r -> -r.score())
            .thenComparingInt(Ranked::doc));
    List<QueryPlan.WordTerms> terms = plan.wordTerms();
    Set<Integer> notesSeen = new HashSet<>();
    List<SearchHit> hits = new ArrayList<>();
    for (Ranked r : ranked) {
      IndexedSection section = index.sections().get(r.doc());
      if (lang.isPresent() && !lang.get().equals(section.lang())) {
        continue;
      }
      if (!notesSeen.add(section.note())) {
        continue;
      }
      Snippets.Passage passage =
          Snippets.of(section.heading(), section.text(), terms, index.words(), analyses);
      hits.add(
          new SearchHit(
              section.link(),
              section.title(),
              section.heading(),
              section.lang(),
              r.score(),
              passage.text(),
              passage.highlights(),
              passage.headingHighlights()));
      if (hits.size() == limit) {
        break;
      }
    }
    return hits;
  }

  private Set<Integer> matching(QueryPlan plan, boolean withTypos) throws IOException {
    Set<Integer> docs = new HashSet<>();
    BooleanQuery query = query(plan, withTypos);
    if (!query.clauses().isEmpty()) {
      for (ScoreDoc hit : searcher.search(query, reader.maxDoc()).scoreDocs) {
        docs.add(hit.doc);
      }
    }
    return docs;
  }

  /**
   * One SHOULD clause per query word: the best of its weighted (term, field) matches, as a
   * disjunction maximum. Summing them instead counted one word many times (its Spanish and English
   * stems, its other number, each field) and let a rare field's high idf decide: one "allocates" in
   * a code comment outranked nine "allocate"s in another note's prose.
   */
  private static BooleanQuery query(QueryPlan plan, boolean withTypos) {
    Map<Integer, List<Query>> groups = new LinkedHashMap<>();
    for (QueryPlan.Clause clause : plan.clauses()) {
      if (clause.kind() == QueryPlan.Kind.FUZZY && !withTypos) {
        continue;
      }
      String field = Fields.ALL.get(clause.field()).name();
      groups
          .computeIfAbsent(clause.word(), k -> new ArrayList<>())
          .add(new BoostQuery(new TermQuery(new Term(field, clause.term())), clause.boost()));
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (List<Query> fields : groups.values()) {
      query.add(new DisjunctionMaxQuery(fields, 0f), BooleanClause.Occur.SHOULD);
    }
    return query.build();
  }

  @Override
  public void close() throws IOException {
    analyses.close();
    reader.close();
  }

  private record Ranked(int doc, boolean direct, float score) {}
}
