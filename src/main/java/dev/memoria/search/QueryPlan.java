package dev.memoria.search;

import dev.memoria.search.Analysis.Chain;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a query asks for, as weighted (term, field) clauses. Built programmatically from the words
 * of the query, never by a query parser, so no text a user types has a meaning of its own. {@code
 * search.js} builds the same clauses in the same order; the limits below are in the manifest.
 *
 * @param clauses in the order they were made
 * @param words the words kept from the query, lower-cased
 */
record QueryPlan(List<Clause> clauses, List<String> words) {

  static final int MAX_QUERY_CHARS = 1000;
  static final int MAX_WORDS = 8;
  static final int MAX_CLAUSES = 1000;
  static final int PREFIX_TERMS = 10;
  static final int FUZZY_TERMS = 10;
  static final int MIN_PREFIX = 2;

  /** Relative weight of each kind of match, in {@link Kind#ordinal()} order. */
  static final float[] KIND_WEIGHTS = {1f, 0.7f, 0.3f};

  QueryPlan {
    clauses = List.copyOf(clauses);
    words = List.copyOf(words);
  }

  /** How a term came from the query: as analysed, completing the last word, or one typo away. */
  enum Kind {
    EXACT,
    PREFIX,
    FUZZY
  }

  /**
   * @param boost the field's weight times the kind's weight
   */
  record Clause(String term, int field, float boost, Kind kind) {}

  /** Every term a clause asks for. */
  Set<String> terms() {
    Set<String> terms = new LinkedHashSet<>();
    clauses.forEach(clause -> terms.add(clause.term()));
    return terms;
  }

  /** The plan of {@code query}; empty when it has no word. */
  static QueryPlan of(String query, Dictionary dictionary, WordTable table, Analyses analyses) {
    String text = query.length() > MAX_QUERY_CHARS ? query.substring(0, MAX_QUERY_CHARS) : query;
    List<String> words = new ArrayList<>();
    for (Words.Span span : Words.of(text)) {
      String word = text.substring(span.start(), span.end());
      if (word.length() <= Analysis.MAX_TERM_LENGTH && words.size() < MAX_WORDS) {
        words.add(Words.lower(word));
      }
    }
    List<List<List<String>>> analysed = new ArrayList<>();
    boolean onlyStopWords = true;
    for (String word : words) {
      List<List<String>> terms = analyse(word, table, analyses, false);
      analysed.add(terms);
      onlyStopWords &= terms.stream().allMatch(List::isEmpty);
    }
    if (onlyStopWords) {
      analysed.clear();
      for (String word : words) {
        analysed.add(analyse(word, table, analyses, true));
      }
    }
    Builder builder = new Builder(dictionary);
    for (int w = 0; w < words.size(); w++) {
      builder.word(words.get(w), analysed.get(w), w == words.size() - 1);
    }
    return new QueryPlan(builder.clauses, words);
  }

  /** The terms of one query word per chain: from the word table, else analysed. */
  static List<List<String>> analyse(
      String word, WordTable table, Analyses analyses, boolean keepStopWords) {
    String key = Analysis.key(word);
    List<List<String>> terms = new ArrayList<>();
    for (Chain chain : Chain.values()) {
      terms.add(
          table
              .terms(key, chain)
              .orElseGet(
                  () ->
                      keepStopWords
                          ? analyses.termsKeepingStopWords(chain, word)
                          : analyses.terms(chain, word)));
    }
    return terms;
  }

  private static final class Builder {
    private final Dictionary dictionary;
    private final List<Clause> clauses = new ArrayList<>();

    Builder(Dictionary dictionary) {
      this.dictionary = dictionary;
    }

    void word(String word, List<List<String>> terms, boolean last) {
      String key = Analysis.key(word);
      Set<String> used = new LinkedHashSet<>();
      List<String> targets = new ArrayList<>();
      targets.add(key);
      for (Chain chain : Chain.values()) {
        for (String term : terms.get(chain.ordinal())) {
          used.add(term);
          targets.add(term);
          for (Fields.Field field : Fields.ALL) {
            if (field.chain() == chain) {
              add(term, field, Kind.EXACT);
            }
          }
        }
      }
      if (last && key.length() >= MIN_PREFIX) {
        List<String> completions = new ArrayList<>();
        for (String term : dictionary.terms().subMap(key, key + Character.MAX_VALUE).keySet()) {
          if (!used.contains(term)) {
            completions.add(term);
          }
        }
        completions.sort(byFrequency());
        for (String term : completions.subList(0, Math.min(PREFIX_TERMS, completions.size()))) {
          used.add(term);
          addEverywhere(term, Kind.PREFIX);
        }
      }
      if (key.length() >= 5 && key.charAt(0) != Character.MAX_VALUE) {
        fuzzy(key, targets, used);
      }
    }

    /** Terms within the typo allowance of the word or its terms, sharing their first letter. */
    private void fuzzy(String key, List<String> targets, Set<String> used) {
      int maxEdits = key.length() >= 8 ? 2 : 1;
      char first = key.charAt(0);
      List<Map.Entry<String, Integer>> near = new ArrayList<>();
      for (String term :
          dictionary
              .terms()
              .subMap(String.valueOf(first), String.valueOf((char) (first + 1)))
              .keySet()) {
        if (used.contains(term)) {
          continue;
        }
        int best = maxEdits + 1;
        for (String target : targets) {
          best = Math.min(best, EditDistance.within(target, term, maxEdits));
        }
        if (best <= maxEdits) {
          near.add(Map.entry(term, best));
        }
      }
      near.sort(
          Comparator.comparing((Map.Entry<String, Integer> e) -> e.getValue())
              .thenComparing(e -> e.getKey(), byFrequency()));
      for (Map.Entry<String, Integer> e : near.subList(0, Math.min(FUZZY_TERMS, near.size()))) {
        addEverywhere(e.getKey(), Kind.FUZZY);
      }
    }

    /** Most frequent first, then in term order, so a cut keeps the same terms on both sides. */
    private Comparator<String> byFrequency() {
      return Comparator.comparing((String term) -> -dictionary.terms().get(term).sections())
          .thenComparing(Comparator.naturalOrder());
    }

    private void addEverywhere(String term, Kind kind) {
      for (Fields.Field field : Fields.ALL) {
        add(term, field, kind);
      }
    }

    private void add(String term, Fields.Field field, Kind kind) {
      Dictionary.Entry entry = dictionary.terms().get(term);
      if (entry == null || !entry.in(field.index()) || clauses.size() >= MAX_CLAUSES) {
        return;
      }
      float boost = field.kind().weight * KIND_WEIGHTS[kind.ordinal()];
      clauses.add(new Clause(term, field.index(), boost, kind));
    }
  }
}
