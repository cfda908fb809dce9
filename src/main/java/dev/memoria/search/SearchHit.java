package dev.memoria.search;

import dev.memoria.core.Lang;
import java.util.List;

/**
 * One result: the best section of a note for the query.
 *
 * @param url the page and, for a section under a heading, its id: {@code rust/box.html#drop}
 * @param section the heading of the section, empty for the opening of the note
 * @param snippet a passage of the section's text, as written in the note
 * @param highlights the matched words in {@code snippet}, in order
 */
public record SearchHit(
    String url,
    String title,
    String section,
    Lang lang,
    float score,
    String snippet,
    List<Highlight> highlights) {

  public SearchHit {
    highlights = List.copyOf(highlights);
  }

  /** A matched word: {@code snippet.substring(start, end)}. */
  public record Highlight(int start, int end) {}

  /** The snippet with each matched word between {@code open} and {@code close}. */
  public String markedSnippet(String open, String close) {
    StringBuilder marked = new StringBuilder();
    int at = 0;
    for (Highlight highlight : highlights) {
      marked.append(snippet, at, highlight.start()).append(open);
      marked.append(snippet, highlight.start(), highlight.end()).append(close);
      at = highlight.end();
    }
    return marked.append(snippet.substring(at)).toString();
  }
}
