package dev.memoria.render;

import dev.memoria.core.NoteId;
import dev.memoria.core.Slugs;
import dev.memoria.links.NoteGraph;
import dev.memoria.markdown.ParsedNote;
import dev.memoria.render.view.NoteLink;
import dev.memoria.render.view.TagLink;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What list pages share, computed once per build: title sort keys, tag page paths and the list
 * entry of every note. A note shows up in the index, in each of its tags' pages and in backlinks,
 * so without this the same slugs and dates would be computed thousands of times.
 */
final class NoteListings {

  private final NoteGraph graph;
  private final Map<NoteId, String> titleKeys;
  private final Map<String, String> tagPaths = new ConcurrentHashMap<>();
  private final Map<String, NoteLink> links = new ConcurrentHashMap<>();

  /** Orders notes by title, accent- and case-insensitively, then by id so ties are stable. */
  final Comparator<ParsedNote> byTitle;

  NoteListings(NoteGraph graph) {
    this.graph = graph;
    this.titleKeys =
        graph.notes().values().parallelStream()
            .collect(
                Collectors.toConcurrentMap(ParsedNote::id, note -> Slugs.slug(note.title(), "")));
    this.byTitle =
        Comparator.comparing((ParsedNote n) -> titleKeys.get(n.id()))
            .thenComparing(ParsedNote::title)
            .thenComparing(ParsedNote::id);
  }

  /** The page of a tag relative to the site root ({@code tags/rust.html}). */
  String tagPath(String tag) {
    return tagPaths.computeIfAbsent(tag, Slugs::tagPage);
  }

  List<TagLink> tagLinks(List<String> tags, String root) {
    return tags.stream().map(tag -> new TagLink(tag, root + tagPath(tag))).toList();
  }

  /**
   * The notes as list entries, sorted by title, for a page whose way to the root is {@code root}.
   */
  List<NoteLink> byTitle(Collection<NoteId> ids, String root, UiStrings ui) {
    return ids.stream()
        .map(graph.notes()::get)
        .sorted(byTitle)
        .map(note -> noteLink(note.id(), root, ui))
        .toList();
  }

  /** A note as an entry of a list on a page whose way to the site root is {@code root}. */
  NoteLink noteLink(NoteId id, String root, UiStrings ui) {
    return links.computeIfAbsent(
        ui.lang().code() + "\u0000" + root + "\u0000" + id.path(),
        key -> {
          ParsedNote note = graph.notes().get(id);
          Instant modified = note.source().lastModified();
          List<TagLink> tags = tagLinks(note.tags(), root);
          return new NoteLink(
              note.title(),
              root + graph.pageUrls().get(id),
              note.source().lang().code(),
              ui.date(modified),
              PageRenderer.isoDate(modified),
              !tags.isEmpty(),
              tags);
        });
  }
}
