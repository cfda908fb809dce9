package dev.memoria.links;

import dev.memoria.core.Diagnostics;
import dev.memoria.core.NoteId;
import dev.memoria.core.Slugs;
import dev.memoria.core.SourcePos;
import dev.memoria.vault.SourceNote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assigns each published note its page path relative to the site root, keeping notes out of the
 * site's own files and off each other's pages.
 */
final class PageUrls {

  private static final String HTML = ".html";

  /** Files the site writes at its root; a note taking one would be overwritten or overwrite it. */
  private static final Set<String> RESERVED_FILES =
      Set.of("index.html", "404.html", "health.html", "sitemap.xml", "feed.xml", "robots.txt");

  /** Folders the site fills itself (tag pages, theme assets, attachments, search data). */
  private static final List<String> RESERVED_FOLDERS =
      List.of("tags/", "assets/", "attachments/", "search/", "missing/");

  private PageUrls() {}

  /** The page of each note in {@code published}, which must be sorted by id. */
  static Map<NoteId, String> assign(List<SourceNote> published, Diagnostics diagnostics) {
    Map<NoteId, String> wanted = new LinkedHashMap<>();
    // Folder names repeat across thousands of notes; slugging each once keeps this cheap.
    Map<String, String> folderSlugs = new HashMap<>();
    for (SourceNote note : published) {
      String url = permalinkOrSlug(note, folderSlugs, diagnostics);
      if (isReserved(url)) {
        String alternative = alternative(url);
        diagnostics.error(
            "url-collision",
            SourcePos.ofFile(note.displayPath()),
            note.displayPath()
                + " would become "
                + url
                + ", which the site uses itself; it becomes "
                + alternative
                + " instead; rename the note or set a permalink");
        url = alternative;
      }
      wanted.put(note.id(), url);
    }
    return settleCollisions(published, wanted, diagnostics);
  }

  /**
   * The note sorted first keeps a contested URL; the others get {@code -2}, {@code -3}… and never a
   * URL another note wanted for itself, so the outcome does not depend on which note came first.
   */
  private static Map<NoteId, String> settleCollisions(
      List<SourceNote> published, Map<NoteId, String> wanted, Diagnostics diagnostics) {
    Map<String, SourceNote> owners = new HashMap<>();
    for (SourceNote note : published) {
      owners.putIfAbsent(lower(wanted.get(note.id())), note);
    }
    Set<String> taken = new HashSet<>(owners.keySet());
    Map<NoteId, String> urls = new HashMap<>();
    for (SourceNote note : published) {
      String url = wanted.get(note.id());
      SourceNote owner = owners.get(lower(url));
      if (owner == note) {
        urls.put(note.id(), url);
        continue;
      }
      String base = url.substring(0, url.length() - HTML.length());
      String unique = url;
      for (int n = 2; taken.contains(lower(unique)); n++) {
        unique = base + "-" + n + HTML;
      }
      taken.add(lower(unique));
      urls.put(note.id(), unique);
      diagnostics.error(
          "url-collision",
          SourcePos.ofFile(note.displayPath()),
          owner.displayPath()
              + " and "
              + note.displayPath()
              + " both become "
              + url
              + "; this one becomes "
              + unique
              + "; rename one or set a permalink");
    }
    return urls;
  }

  private static String permalinkOrSlug(
      SourceNote note, Map<String, String> folderSlugs, Diagnostics diagnostics) {
    Optional<String> permalink = note.frontmatter().permalink();
    String slugged = slugPath(note.id(), folderSlugs);
    if (permalink.isEmpty()) {
      return slugged;
    }
    Optional<String> url = fromPermalink(permalink.get());
    if (url.isEmpty()) {
      diagnostics.warning(
          "invalid-permalink",
          SourcePos.ofFile(note.displayPath()),
          "permalink \""
              + permalink.get()
              + "\" is not a path inside the site (it is empty or has \"..\", \".\", \"\\\" or"
              + " NUL); using "
              + slugged
              + "; write it like \"rust/box\"");
      return slugged;
    }
    return url.get();
  }

  /** {@code Rust/Gestión de memoria.md} → {@code rust/gestion-de-memoria.html}. */
  private static String slugPath(NoteId id, Map<String, String> folderSlugs) {
    String folder =
        folderSlugs.computeIfAbsent(
            id.folder(),
            path -> {
              StringBuilder slugged = new StringBuilder();
              if (!path.isEmpty()) {
                for (String segment : path.split("/")) {
                  slugged.append(Slugs.slug(segment, "note")).append('/');
                }
              }
              return slugged.toString();
            });
    return folder + Slugs.slug(id.baseName(), "note") + HTML;
  }

  /**
   * A permalink as a path below the site root, or empty when it tries to leave it. Every segment is
   * slugged, so what remains cannot name anything outside the site.
   */
  static Optional<String> fromPermalink(String permalink) {
    String path = permalink.strip();
    if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
      return Optional.empty();
    }
    while (path.startsWith("/")) {
      path = path.substring(1);
    }
    boolean folderIndex = path.endsWith("/");
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      String trimmed = segment.strip();
      if (trimmed.equals(".") || trimmed.equals("..")) {
        return Optional.empty();
      }
      if (!trimmed.isEmpty()) {
        segments.add(trimmed);
      }
    }
    if (segments.isEmpty()) {
      return Optional.empty();
    }
    if (folderIndex) {
      segments.add("index" + HTML);
    }
    StringBuilder url = new StringBuilder();
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      boolean last = i == segments.size() - 1;
      if (last && lower(segment).endsWith(HTML)) {
        segment = segment.substring(0, segment.length() - HTML.length());
      }
      url.append(Slugs.slug(segment, "note")).append(last ? HTML : "/");
    }
    return Optional.of(url.toString());
  }

  static boolean isReserved(String url) {
    String lower = lower(url);
    if (RESERVED_FILES.contains(lower) || lower.startsWith("_")) {
      return true;
    }
    for (String folder : RESERVED_FOLDERS) {
      if (lower.startsWith(folder)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code index.html} → {@code index-note.html}; {@code tags/x.html} → {@code tags-note/x.html}.
   */
  private static String alternative(String url) {
    int slash = url.indexOf('/');
    String first =
        slash < 0 ? url.substring(0, url.length() - HTML.length()) : url.substring(0, slash);
    String rest = slash < 0 ? HTML : url.substring(slash);
    String cleaned = first.replaceFirst("^_+", "");
    return (cleaned.isEmpty() ? "note" : cleaned) + "-note" + rest;
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
