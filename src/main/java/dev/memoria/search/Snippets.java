package dev.memoria.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks the passage of a section that holds the most matched words, and marks them as written. A
 * query word's typo matches are marked only in a section with no direct match for that word, so a
 * section that has the word itself does not also light up its near spellings. {@code search.js}
 * picks the same way.
 */
final class Snippets {

  /** Words shown in a snippet. */
  static final int WINDOW = 24;

  /** Words of context shown before the first counted one. */
  static final int LEAD = 3;

  /**
   * The part of a section's text a snippet is taken from, in UTF-16 units: what the browser index
   * carries of each section, and so what {@code memoria search} reads too, for the same snippets.
   * Long enough for most sections whole; a bound on what a result costs to download.
   */
  static final int TEXT_CHARS = 4_000;

  private Snippets() {}

  /**
   * A passage and its matched words, offsets into {@code text}; and the matched words of the
   * section's heading, offsets into the heading.
   */
  record Passage(
      String text,
      List<SearchHit.Highlight> highlights,
      List<SearchHit.Highlight> headingHighlights) {}

  /**
   * The passage of {@code text} to show for {@code query}, and the words to mark in it and in
   * {@code heading}. A query word's typo matches are marked only when neither the heading nor the
   * text has a direct match for it.
   */
  static Passage of(
      String heading,
      String sectionText,
      List<QueryPlan.WordTerms> query,
      WordTable table,
      Analyses analyses) {
    String text = source(sectionText);
    List<Words.Span> headingWords = Words.of(heading);
    List<Set<String>> headingTerms = termsOf(heading, headingWords, table, analyses);
    List<Words.Span> words = Words.of(text);
    List<Set<String>> wordTerms = termsOf(text, words, table, analyses);
    boolean[] headingMatched = new boolean[headingWords.size()];
    boolean[] matched = new boolean[words.size()];
    for (QueryPlan.WordTerms asked : query) {
      boolean direct =
          headingTerms.stream().anyMatch(terms -> meets(terms, asked.direct()))
              || wordTerms.stream().anyMatch(terms -> meets(terms, asked.direct()));
      Set<String> wanted = direct ? asked.direct() : asked.fuzzy();
      mark(headingTerms, wanted, headingMatched);
      mark(wordTerms, wanted, matched);
    }
    List<SearchHit.Highlight> headingHighlights = new ArrayList<>();
    for (int i = 0; i < headingWords.size(); i++) {
      if (headingMatched[i]) {
        Words.Span span = headingWords.get(i);
        headingHighlights.add(new SearchHit.Highlight(span.start(), span.end()));
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
      return new Passage("", List.of(), headingHighlights);
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
    return new Passage(prefix + text.substring(from, to) + suffix, highlights, headingHighlights);
  }

  /** The start of a section's text that snippets are taken from ({@link #TEXT_CHARS}). */
  static String source(String text) {
    if (text.length() <= TEXT_CHARS) {
      return text;
    }
    int end = TEXT_CHARS;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  /** Each word's terms in both chains, stop words kept, as a query word would give them. */
  private static List<Set<String>> termsOf(
      String text, List<Words.Span> words, WordTable table, Analyses analyses) {
    List<Set<String>> terms = new ArrayList<>(words.size());
    for (Words.Span span : words) {
      String word = text.substring(span.start(), span.end());
      Set<String> wordTerms = new HashSet<>();
      if (word.length() <= Analysis.MAX_TERM_LENGTH) {
        QueryPlan.analyse(word, table, analyses, true).forEach(wordTerms::addAll);
      }
      terms.add(wordTerms);
    }
    return terms;
  }

  private static void mark(List<Set<String>> terms, Set<String> wanted, boolean[] matched) {
    for (int i = 0; i < terms.size(); i++) {
      matched[i] |= meets(terms.get(i), wanted);
    }
  }

  private static boolean meets(Set<String> terms, Set<String> wanted) {
    for (String term : terms) {
      if (wanted.contains(term)) {
        return true;
      }
    }
    return false;
  }
}
