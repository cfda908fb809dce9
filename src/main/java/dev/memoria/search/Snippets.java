package dev.memoria.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Picks the passage of a section that holds the most matched words, and marks them as written.
 * {@code search.js} picks the same way.
 */
final class Snippets {

  /** Words shown in a snippet. */
  static final int WINDOW = 24;

  /** Words of context shown before the first counted one. */
  static final int LEAD = 3;

  private Snippets() {}

  /** A passage and its matched words, offsets into {@code text}. */
  record Passage(String text, List<SearchHit.Highlight> highlights) {}

  static Passage of(String text, Set<String> terms, WordTable table, Analyses analyses) {
    List<Words.Span> words = Words.of(text);
    boolean[] matched = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      Words.Span span = words.get(i);
      String word = text.substring(span.start(), span.end());
      if (word.length() > Analysis.MAX_TERM_LENGTH) {
        continue;
      }
      for (List<String> chainTerms : QueryPlan.analyse(word, table, analyses, true)) {
        for (String term : chainTerms) {
          matched[i] |= terms.contains(term);
        }
      }
    }
    int best = 0;
    int bestCount = -1;
    int count = 0;
    for (int i = 0; i < words.size(); i++) {
      count += matched[i] ? 1 : 0;
      if (i >= WINDOW) {
        count -= matched[i - WINDOW] ? 1 : 0;
      }
      int start = Math.max(0, i - WINDOW + 1);
      if (count > bestCount && (i >= WINDOW - 1 || i == words.size() - 1)) {
        bestCount = count;
        best = start;
      }
    }
    if (words.isEmpty()) {
      return new Passage("", List.of());
    }
    int firstMatch = best;
    while (firstMatch < words.size() - 1 && !matched[firstMatch]) {
      firstMatch++;
    }
    int first = matched[firstMatch] ? Math.max(0, firstMatch - LEAD) : best;
    int last = Math.min(words.size(), first + WINDOW) - 1;
    // From the text's very start or to its very end when the passage reaches them, so "¿" or a
    // closing "." is kept.
    int from = first == 0 ? 0 : words.get(first).start();
    int to = last == words.size() - 1 ? text.length() : words.get(last).end();
    String prefix = first > 0 ? "… " : "";
    String suffix = to < text.length() ? " …" : "";
    List<SearchHit.Highlight> highlights = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      if (matched[i]) {
        Words.Span span = words.get(i);
        highlights.add(
            new SearchHit.Highlight(
                prefix.length() + span.start() - from, prefix.length() + span.end() - from));
      }
    }
    return new Passage(prefix + text.substring(from, to) + suffix, highlights);
  }
}
