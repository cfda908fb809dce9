package dev.memoria.render;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import dev.memoria.config.SiteConfig;
import dev.memoria.core.OutputFile;
import dev.memoria.core.Slugs;
import dev.memoria.links.NoteGraph;
import dev.memoria.markdown.ParsedNote;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/**
 * The machine-read files: {@code sitemap.xml}, the Atom feed {@code feed.xml} and {@code
 * robots.txt}.
 *
 * <p>Sitemaps and feeds want absolute URLs; those need {@code --base-url}. Without it the URLs are
 * relative to the site root, which readers resolve against the file's own address.
 */
final class SiteFeeds {

  static final String FEED = "feed.xml";
  private static final int FEED_ENTRIES = 20;
  private static final int SUMMARY_LENGTH = 280;

  private final SiteConfig config;

  SiteFeeds(SiteConfig config) {
    this.config = config;
  }

  List<OutputFile> render(NoteGraph graph) {
    return List.of(sitemap(graph), feed(graph), robots());
  }

  private OutputFile sitemap(NoteGraph graph) {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    Instant newest = newest(graph);
    url(xml, "index.html", newest);
    for (ParsedNote note : graph.notes().values()) {
      url(xml, graph.pageUrls().get(note.id()), note.source().lastModified());
    }
    url(xml, "tags/index.html", newest);
    for (String tag : graph.tags().keySet()) {
      Instant tagNewest =
          graph.tags().get(tag).stream()
              .map(id -> graph.notes().get(id).source().lastModified())
              .max(Comparator.naturalOrder())
              .orElse(newest);
      url(xml, Slugs.tagPage(tag), tagNewest);
    }
    xml.append("</urlset>\n");
    return text("sitemap.xml", xml);
  }

  private void url(StringBuilder xml, String path, Instant modified) {
    xml.append("  <url><loc>")
        .append(xml(absolute(path)))
        .append("</loc><lastmod>")
        .append(PageRenderer.isoDate(modified))
        .append("</lastmod></url>\n");
  }

  private OutputFile feed(NoteGraph graph) {
    List<ParsedNote> latest =
        graph.notes().values().stream()
            .sorted(
                Comparator.comparing((ParsedNote n) -> n.source().lastModified())
                    .reversed()
                    .thenComparing(ParsedNote::id))
            .limit(FEED_ENTRIES)
            .toList();
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
        .append(config.defaultLang().code())
        .append("\">\n");
    xml.append("  <title>").append(xml(config.siteTitle())).append("</title>\n");
    xml.append("  <id>").append(xml(config.baseUrl().orElse("urn:memoria:site"))).append("</id>\n");
    xml.append("  <updated>").append(timestamp(newest(graph))).append("</updated>\n");
    xml.append("  <link rel=\"self\" href=\"").append(xml(absolute(FEED))).append("\"/>\n");
    xml.append("  <link href=\"").append(xml(absolute("index.html"))).append("\"/>\n");
    xml.append("  <generator>Memoria</generator>\n");
    for (ParsedNote note : latest) {
      String path = graph.pageUrls().get(note.id());
      xml.append("  <entry xml:lang=\"").append(note.source().lang().code()).append("\">\n");
      xml.append("    <title>").append(xml(note.title())).append("</title>\n");
      xml.append("    <id>")
          .append(xml(config.baseUrl().map(b -> b + path).orElse("urn:memoria:page:" + path)))
          .append("</id>\n");
      xml.append("    <link href=\"").append(xml(absolute(path))).append("\"/>\n");
      xml.append("    <updated>")
          .append(timestamp(note.source().lastModified()))
          .append("</updated>\n");
      for (String tag : note.tags()) {
        xml.append("    <category term=\"").append(xml(tag)).append("\"/>\n");
      }
      String summary = note.source().frontmatter().description().orElseGet(() -> summary(note));
      if (!summary.isEmpty()) {
        xml.append("    <summary>").append(xml(summary)).append("</summary>\n");
      }
      xml.append("  </entry>\n");
    }
    xml.append("</feed>\n");
    return text(FEED, xml);
  }

  private OutputFile robots() {
    StringBuilder text = new StringBuilder("User-agent: *\nAllow: /\n");
    config
        .baseUrl()
        .ifPresent(base -> text.append("Sitemap: ").append(base).append("sitemap.xml\n"));
    return text("robots.txt", text);
  }

  /** The first paragraph as plain text, cut at a word boundary. */
  private static String summary(ParsedNote note) {
    for (Node node : note.document().getDescendants()) {
      if (node instanceof Paragraph paragraph) {
        String text = new TextCollectingVisitor().collectAndGetText(paragraph).strip();
        text = text.replaceAll("\\s+", " ");
        if (text.isEmpty()) {
          continue;
        }
        if (text.length() <= SUMMARY_LENGTH) {
          return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
        return text.substring(0, cut > 0 ? cut : SUMMARY_LENGTH) + "…";
      }
    }
    return "";
  }

  private static Instant newest(NoteGraph graph) {
    return graph.notes().values().stream()
        .map(n -> n.source().lastModified())
        .max(Comparator.naturalOrder())
        .orElse(Instant.EPOCH);
  }

  private String absolute(String path) {
    return config.baseUrl().map(base -> base + path).orElse(path);
  }

  private static String timestamp(Instant instant) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
  }

  private static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                  // Control characters are not allowed in XML 1.0 at all.
                  if (c >= 0x20 || c == '\n' || c == '\t') {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }

  private static OutputFile text(String path, CharSequence text) {
    return OutputFile.text(path, text.toString());
  }
}
