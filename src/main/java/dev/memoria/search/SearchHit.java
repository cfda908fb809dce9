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
 * @param sectionHighlights the matched words in {@code section}, in order
 */
public record SearchHit(
    String url,
    String title,
    String section,
    Lang lang,
    float score,
    String snippet,
    List<Highlight> highlights,
    List<Highlight> sectionHighlights) {

  public SearchHit {
    highlights = List.copyOf(highlights);
    sectionHighlights = List.copyOf(sectionHighlights);
  }

  /** A matched word: {@code snippet.substring(start, end)}. */
  public record Highlight(int start, int end) {}

  /** The snippet with each matched word between {@code open} and {@code close}. */
  public String markedSnippet(String open, String close) {
    return marked(snippet, highlights, open, close);
  }

  /** The section's heading with each matched word between {@code open} and {@code close}. */
  public String markedSection(String open, String close) {
    return marked(section, sectionHighlights, open, close);
  }

  private static String marked(String text, List<Highlight> highlights, String open, String close) {
    StringBuilder marked = new StringBuilder();
    int at = 0;
    for (Highlight highlight : highlights) {
      marked.append(text, at, highlight.start()).append(open);
      marked.append(text, highlight.start(), highlight.end()).append(close);
      at = highlight.end();
    }
    return marked.append(text.substring(at)).toString();
  }
}
