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

  /** Shortest query word whose other grammatical number is searched too. */
  static final int MIN_NUMBER_WORD = 4;

  /** Shortest term a typo may lead to: shorter stems are too close to too many others. */
  static final int MIN_FUZZY_TERM = 4;

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
   * @param word the query word the term came from, an index into {@link #words}
   */
  record Clause(String term, int field, float boost, Kind kind, int word) {}

  /**
   * The terms one query word matches in the index.
   *
   * @param direct its exact terms and the completions of the last word
   * @param fuzzy the terms one or two typos away
   */
  record WordTerms(Set<String> direct, Set<String> fuzzy) {
    WordTerms {
      direct = Set.copyOf(direct);
      fuzzy = Set.copyOf(fuzzy);
    }
  }

  /** Per query word, the terms its clauses ask for. */
  List<WordTerms> wordTerms() {
    List<WordTerms> terms = new ArrayList<>();
    for (int w = 0; w < words.size(); w++) {
      Set<String> direct = new LinkedHashSet<>();
      Set<String> fuzzy = new LinkedHashSet<>();
      for (Clause clause : clauses) {
        if (clause.word() == w) {
          (clause.kind() == Kind.FUZZY ? fuzzy : direct).add(clause.term());
        }
      }
      terms.add(new WordTerms(direct, fuzzy));
    }
    return terms;
  }

  /** Typos allowed in a string of {@code length} UTF-16 units: none below 5, two from 8. */
  static int editsFor(int length) {
    return length >= 8 ? 2 : length >= 5 ? 1 : 0;
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
      String word = words.get(w);
      List<String> other = otherNumber(word, analysed.get(w), table, analyses, onlyStopWords);
      builder.word(w, word, analysed.get(w), other, w == words.size() - 1);
    }
    return new QueryPlan(builder.clauses, words);
  }

  /**
   * The Spanish terms of the word's other grammatical number ({@code préstamo} for {@code
   * préstamos} and the reverse) that its own terms lack. Snowball's Spanish stemmer reads some
   * plurals as verb forms ({@code préstamos} as "we lend": {@code prest}, {@code préstamo}: {@code
   * prestam}), so a reader typing the singular would miss the plural the note has.
   */
  static List<String> otherNumber(
      String word,
      List<List<String>> terms,
      WordTable table,
      Analyses analyses,
      boolean keepStopWords) {
    List<String> own = terms.get(Chain.ES.ordinal());
    if (own.isEmpty() || word.length() < MIN_NUMBER_WORD) {
      return List.of();
    }
    char last = word.charAt(word.length() - 1);
    String other;
    if (last == 's') {
      other = word.substring(0, word.length() - 1);
    } else if ("aeiouáéíóú".indexOf(last) >= 0) {
      other = word + "s";
    } else {
      return List.of();
    }
    List<String> extra = new ArrayList<>();
    for (String term : analyse(other, table, analyses, keepStopWords).get(Chain.ES.ordinal())) {
      if (!own.contains(term) && !extra.contains(term)) {
        extra.add(term);
      }
    }
    return extra;
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

    void word(int index, String word, List<List<String>> terms, List<String> other, boolean last) {
      String key = Analysis.key(word);
      Set<String> used = new LinkedHashSet<>();
      List<String> targets = new ArrayList<>();
      targets.add(key);
      boolean known = false;
      for (Chain chain : Chain.values()) {
        for (String term : terms.get(chain.ordinal())) {
          used.add(term);
          targets.add(term);
          known |= dictionary.terms().containsKey(term);
          addInChain(index, term, chain, Kind.EXACT);
        }
      }
      for (String term : other) {
        if (used.add(term)) {
          known |= dictionary.terms().containsKey(term);
          addInChain(index, term, Chain.ES, Kind.EXACT);
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
          addEverywhere(index, term, Kind.PREFIX);
        }
      }
      // A word the index knows is not a typo: near spellings of it would only add noise
      // ("allocating" lighting up "allows").
      if (!known && editsFor(key.length()) > 0 && key.charAt(0) != Character.MAX_VALUE) {
        fuzzy(index, key, targets, used);
      }
    }

    /**
     * Terms of at least {@link #MIN_FUZZY_TERM} letters, sharing the word's first letter, within
     * the typo allowance of the word or one of its terms. The allowance is the word's, and no more
     * than the longer of the two strings compared allows, so a short stem does not reach every
     * short term two letters away.
     */
    private void fuzzy(int index, String key, List<String> targets, Set<String> used) {
      int wordEdits = editsFor(key.length());
      char first = key.charAt(0);
      List<Map.Entry<String, Integer>> near = new ArrayList<>();
      for (String term :
          dictionary
              .terms()
              .subMap(String.valueOf(first), String.valueOf((char) (first + 1)))
              .keySet()) {
        if (used.contains(term) || term.length() < MIN_FUZZY_TERM) {
          continue;
        }
        int best = Integer.MAX_VALUE;
        for (String target : targets) {
          int max = Math.min(wordEdits, editsFor(Math.max(target.length(), term.length())));
          int distance = EditDistance.within(target, term, max);
          if (distance <= max) {
            best = Math.min(best, distance);
          }
        }
        if (best != Integer.MAX_VALUE) {
          near.add(Map.entry(term, best));
        }
      }
      near.sort(
          Comparator.comparing((Map.Entry<String, Integer> e) -> e.getValue())
              .thenComparing(e -> e.getKey(), byFrequency()));
      for (Map.Entry<String, Integer> e : near.subList(0, Math.min(FUZZY_TERMS, near.size()))) {
        addEverywhere(index, e.getKey(), Kind.FUZZY);
      }
    }

    /** Most frequent first, then in term order, so a cut keeps the same terms on both sides. */
    private Comparator<String> byFrequency() {
      return Comparator.comparing((String term) -> -dictionary.terms().get(term).sections())
          .thenComparing(Comparator.naturalOrder());
    }

    private void addInChain(int index, String term, Chain chain, Kind kind) {
      for (Fields.Field field : Fields.ALL) {
        if (field.chain() == chain) {
          add(index, term, field, kind);
        }
      }
    }

    private void addEverywhere(int index, String term, Kind kind) {
      for (Fields.Field field : Fields.ALL) {
        add(index, term, field, kind);
      }
    }

    private void add(int index, String term, Fields.Field field, Kind kind) {
      Dictionary.Entry entry = dictionary.terms().get(term);
      if (entry == null || !entry.in(field.index()) || clauses.size() >= MAX_CLAUSES) {
        return;
      }
      float boost = field.kind().weight * KIND_WEIGHTS[kind.ordinal()];
      clauses.add(new Clause(term, field.index(), boost, kind, index));
    }
  }
}
