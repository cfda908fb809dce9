package dev.memoria.search;

import java.util.List;
import java.util.Locale;

/** Search results written for people or as JSON, for {@code memoria search}. */
public final class SearchHits {

  private static final String BOLD = "\u001b[1m";
  private static final String PLAIN = "\u001b[0m";

  private SearchHits() {}

  /**
   * Numbered results: title, section and language, the link, then the snippet with matched words in
   * bold ({@code color}) or between {@code **}.
   */
  public static String text(String query, List<SearchHit> hits, boolean color) {
    if (hits.isEmpty()) {
      return "No notes match \"" + printable(query) + "\".\n";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < hits.size(); i++) {
      SearchHit hit = hits.get(i);
      // Same lengths, so the highlights still fall on the words.
      SearchHit shown =
          new SearchHit(
              hit.url(),
              hit.title(),
              printable(hit.section()),
              hit.lang(),
              hit.score(),
              printable(hit.snippet()),
              hit.highlights(),
              hit.sectionHighlights());
      out.append(i + 1).append(". ").append(printable(hit.title()));
      if (!hit.section().isEmpty()) {
        out.append(" › ");
        out.append(color ? shown.markedSection(BOLD, PLAIN) : shown.markedSection("**", "**"));
      }
      out.append("  [").append(hit.lang()).append("]\n");
      out.append("   ").append(printable(hit.url())).append('\n');
      if (!hit.snippet().isEmpty()) {
        out.append("   ");
        out.append(color ? shown.markedSnippet(BOLD, PLAIN) : shown.markedSnippet("**", "**"));
        out.append('\n');
      }
    }
    return out.toString();
  }

  /**
   * {@code {"query": …, "results": [{"url", "title", "section", "lang", "score", "snippet",
   * "highlights": [[start, end], …], "sectionHighlights": [[start, end], …]}]}}; offsets are UTF-16
   * units into the snippet and the section.
   */
  public static String json(String query, List<SearchHit> hits) {
    StringBuilder out = new StringBuilder("{\"query\":");
    Json.string(out, query).append(",\"results\":[");
    for (int i = 0; i < hits.size(); i++) {
      SearchHit hit = hits.get(i);
      out.append(i == 0 ? "{" : ",{").append("\"url\":");
      Json.string(out, hit.url()).append(",\"title\":");
      Json.string(out, hit.title()).append(",\"section\":");
      Json.string(out, hit.section()).append(",\"lang\":");
      Json.string(out, hit.lang().code()).append(",\"score\":");
      out.append(String.format(Locale.ROOT, "%.4f", hit.score())).append(",\"snippet\":");
      Json.string(out, hit.snippet()).append(",\"highlights\":[");
      for (int h = 0; h < hit.highlights().size(); h++) {
        SearchHit.Highlight highlight = hit.highlights().get(h);
        out.append(h == 0 ? "[" : ",[").append(highlight.start()).append(',');
        out.append(highlight.end()).append(']');
      }
      out.append("],\"sectionHighlights\":[");
      for (int h = 0; h < hit.sectionHighlights().size(); h++) {
        SearchHit.Highlight highlight = hit.sectionHighlights().get(h);
        out.append(h == 0 ? "[" : ",[").append(highlight.start()).append(',');
        out.append(highlight.end()).append(']');
      }
      out.append("]}");
    }
    return out.append("]}\n").toString();
  }

  /** Control characters from a note or a query would drive the terminal; show them as {@code ?}. */
  private static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(Character.isISOControl(c) ? '?' : c);
    }
    return out.toString();
  }
}
