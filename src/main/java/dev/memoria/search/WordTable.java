package dev.memoria.search;

import dev.memoria.search.Analysis.Chain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Words of the notes whose unaccented spelling analyses differently from the spelling written, each
 * to the terms the written spelling gave. A query typed without accents looks here first, so {@code
 * como} finds {@code cómo} although {@code como} alone is a stop word.
 *
 * <p>Only such words are kept: for every other word, analysing the typed (folded) form gives the
 * terms the note's spelling gave, and the browser's port of the analysis computes that itself.
 *
 * @param entries folded word to its terms per chain ({@link Chain#ordinal()} order), sorted
 */
record WordTable(SortedMap<String, List<List<String>>> entries) {

  WordTable {
    entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
  }

  static final WordTable EMPTY = new WordTable(new TreeMap<>());

  /** The terms of {@code key} ({@link Analysis#key}) in {@code chain}, when it is in the table. */
  Optional<List<String>> terms(String key, Chain chain) {
    List<List<String>> terms = entries.get(key);
    return terms == null ? Optional.empty() : Optional.of(terms.get(chain.ordinal()));
  }

  /**
   * The table for {@code words} (lower-cased words of the notes with a non-ASCII letter; others
   * cannot fold differently).
   */
  static WordTable of(Iterable<String> words, Analyses analyses) {
    Map<String, List<TreeSet<String>>> table = new TreeMap<>();
    for (String word : words) {
      String key = Analysis.key(word);
      if (key.equals(word)) {
        continue;
      }
      List<List<String>> written = new ArrayList<>();
      boolean differs = false;
      for (Chain chain : Chain.values()) {
        List<String> terms = analyses.terms(chain, word);
        written.add(terms);
        differs |= !terms.equals(analyses.terms(chain, key));
      }
      if (differs) {
        List<TreeSet<String>> sets =
            table.computeIfAbsent(key, k -> List.of(new TreeSet<String>(), new TreeSet<String>()));
        for (Chain chain : Chain.values()) {
          sets.get(chain.ordinal()).addAll(written.get(chain.ordinal()));
        }
      }
    }
    SortedMap<String, List<List<String>>> entries = new TreeMap<>();
    table.forEach(
        (key, sets) -> entries.put(key, sets.stream().map(set -> List.copyOf(set)).toList()));
    return new WordTable(entries);
  }
}
