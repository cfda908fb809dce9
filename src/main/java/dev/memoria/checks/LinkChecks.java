package dev.memoria.checks;

import dev.memoria.core.NoteId;
import dev.memoria.links.NoteGraph;
import dev.memoria.links.Resolution;
import dev.memoria.markdown.Heading;
import dev.memoria.markdown.LinkKey;
import dev.memoria.markdown.LinkRef;
import dev.memoria.markdown.PageAnchors;
import dev.memoria.markdown.ParsedNote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Judges where each link of a note leads: nowhere, to a note left out of the site, to an alias, to
 * one of several notes of the same name, or to a note without the heading or block it names.
 */
final class LinkChecks {

  /** How many block ids a missing-block message lists. */
  private static final int LISTED_BLOCKS = 10;

  /** How many headings a missing-heading message lists when none is close. */
  private static final int LISTED_HEADINGS = 5;

  private final NoteGraph graph;
  private final LinkNames names;
  private final NameIndex index;
  private final Map<NoteId, ParsedNote> unpublished;

  LinkChecks(
      NoteGraph graph, LinkNames names, NameIndex index, Map<NoteId, ParsedNote> unpublished) {
    this.graph = graph;
    this.names = names;
    this.index = index;
    this.unpublished = unpublished;
  }

  /** Adds the findings of every link of {@code note} to {@code out}. */
  void check(ParsedNote note, Findings out) {
    for (LinkRef link : note.links()) {
      Resolution resolution = graph.resolve(note.id(), link.key());
      if (resolution instanceof Resolution.Missing) {
        missing(note, link, out);
      } else if (resolution instanceof Resolution.Unpublished target) {
        unpublished(note, link, target.note(), out);
      } else if (resolution instanceof Resolution.ToNote target) {
        if (target.viaAlias()) {
          alias(note, link, target, out);
        }
        if (!target.otherCandidates().isEmpty()) {
          ambiguous(note, link, target, out);
        }
        switch (target.subpath()) {
          case MISSING_HEADING -> missingHeading(note, link, target, out);
          case MISSING_BLOCK -> missingBlock(note, link, target, out);
          case NONE, FOUND -> {}
        }
      }
    }
  }

  private void missing(ParsedNote note, LinkRef link, Findings out) {
    FindingCode code = link.embed() ? FindingCode.BROKEN_EMBED : FindingCode.BROKEN_LINK;
    if (!out.enabled(code)) {
      return;
    }
    String target = link.key().path();
    String toEmbed = link.embed() ? " to embed" : "";
    if (LinkKey.namesAttachment(target)) {
      add(
          out,
          code,
          note,
          link,
          List.of(),
          "no file named \""
              + target
              + "\""
              + toEmbed
              + " in the vault; add the file or correct the name (with its extension)");
      return;
    }
    List<String> suggestions = index.suggest(target);
    String fix =
        suggestions.isEmpty()
            ? "write that note or correct the link"
            : Suggestions.didYouMean(suggestions);
    add(
        out,
        code,
        note,
        link,
        suggestions,
        "no note named \"" + target + "\"" + toEmbed + "; " + fix);
  }

  private void unpublished(ParsedNote note, LinkRef link, NoteId target, Findings out) {
    if (!out.enabled(FindingCode.UNPUBLISHED_LINK)) {
      return;
    }
    ParsedNote excluded = unpublished.get(target);
    String file = excluded == null ? target.path() : excluded.source().displayPath();
    boolean publishFalse = excluded != null && !excluded.source().frontmatter().publish();
    String why =
        publishFalse
            ? "has publish: false in its frontmatter"
            : "is a draft (draft: true in its frontmatter)";
    String fix =
        publishFalse
            ? "remove publish: false from it, or remove the link"
            : "publish it by removing draft: true (or build with --drafts), or remove the link";
    add(
        out,
        FindingCode.UNPUBLISHED_LINK,
        note,
        link,
        List.of(),
        "\""
            + file
            + "\" "
            + why
            + ", so it is not on the site and this link leads nowhere; "
            + fix);
  }

  private void alias(ParsedNote note, LinkRef link, Resolution.ToNote target, Findings out) {
    if (!out.enabled(FindingCode.ALIAS_LINK)) {
      return;
    }
    String alias = link.key().path();
    String name = names.of(target.note());
    String subpath = link.key().subpath().isEmpty() ? "" : "#" + link.key().subpath();
    String shown = link.display().orElse(alias);
    String fix =
        link.kind() == LinkRef.Kind.WIKI
            ? (link.embed() ? "!" : "") + "[[" + name + subpath + "|" + shown + "]]"
            : (link.embed() ? "!" : "") + "[" + shown + "](" + encode(name + ".md" + subpath) + ")";
    add(
        out,
        FindingCode.ALIAS_LINK,
        note,
        link,
        List.of(name + subpath),
        "\""
            + alias
            + "\" is an alias of \""
            + name
            + "\"; Obsidian does not resolve links to aliases: write "
            + fix);
  }

  private void ambiguous(ParsedNote note, LinkRef link, Resolution.ToNote target, Findings out) {
    if (!out.enabled(FindingCode.AMBIGUOUS_LINK)) {
      return;
    }
    String subpath = link.key().subpath().isEmpty() ? "" : "#" + link.key().subpath();
    List<String> suggestions = new ArrayList<>();
    suggestions.add(LinkNames.pathOf(target.note()) + subpath);
    List<String> others = new ArrayList<>();
    for (NoteId other : target.otherCandidates()) {
      suggestions.add(LinkNames.pathOf(other) + subpath);
      others.add(other.path());
    }
    add(
        out,
        FindingCode.AMBIGUOUS_LINK,
        note,
        link,
        suggestions,
        "\""
            + link.key().path()
            + "\" names "
            + (others.size() + 1)
            + " notes; it leads to \""
            + target.note().path()
            + "\" (Obsidian prefers the linking note's folder, then the shortest path), not "
            + Suggestions.quotedList(others, "or")
            + "; write the path to say which: [["
            + suggestions.get(0)
            + "]]"
            + (suggestions.size() == 2 ? " or [[" + suggestions.get(1) + "]]" : ""));
  }

  private void missingHeading(
      ParsedNote note, LinkRef link, Resolution.ToNote target, Findings out) {
    if (!out.enabled(FindingCode.MISSING_HEADING)) {
      return;
    }
    ParsedNote linked = graph.note(target.note()).orElseThrow();
    String prefix = prefix(link, target);
    String subpath = link.key().subpath();
    String[] parts = subpath.split("#");
    String wanted = NameFolding.fold(HeadingNames.key(lastPart(parts)));
    List<Heading> headings = linked.headings();

    record Close(Heading heading, int distance, int order) {}
    List<Close> close = new ArrayList<>();
    for (int i = 0; i < headings.size(); i++) {
      String key = NameFolding.fold(HeadingNames.key(headings.get(i).source()));
      int distance = Suggestions.distance(wanted, key);
      if (distance >= 0) {
        close.add(new Close(headings.get(i), distance, i));
      }
    }
    close.sort(Comparator.comparingInt(Close::distance).thenComparingInt(Close::order));
    Set<String> suggestions = new LinkedHashSet<>();
    for (Close candidate : close) {
      if (suggestions.size() < Suggestions.LIMIT) {
        suggestions.add(prefix + "#" + HeadingNames.linkText(candidate.heading()));
      }
    }
    String where = link.key().path().isEmpty() ? "this note" : "\"" + link.key().path() + "\"";
    String message;
    if (!suggestions.isEmpty()) {
      message =
          where
              + " has no heading \""
              + subpath
              + "\"; "
              + Suggestions.didYouMean(List.copyOf(suggestions));
    } else if (headings.isEmpty()) {
      message =
          where
              + " has no headings; link to the note itself"
              + (prefix.isEmpty() ? "" : ": [[" + prefix + "]]");
    } else {
      List<String> listed = new ArrayList<>();
      for (Heading heading : headings.subList(0, Math.min(LISTED_HEADINGS, headings.size()))) {
        listed.add(HeadingNames.linkText(heading));
      }
      int more = headings.size() - listed.size();
      message =
          where
              + " has no heading \""
              + subpath
              + "\"; its headings are "
              + (more > 0
                  ? String.join(", ", quoted(listed)) + " and " + more + " more"
                  : Suggestions.quotedList(listed, "and"));
    }
    add(out, FindingCode.MISSING_HEADING, note, link, List.copyOf(suggestions), message);
  }

  private void missingBlock(ParsedNote note, LinkRef link, Resolution.ToNote target, Findings out) {
    if (!out.enabled(FindingCode.MISSING_BLOCK)) {
      return;
    }
    ParsedNote linked = graph.note(target.note()).orElseThrow();
    String prefix = prefix(link, target);
    String written = link.key().subpath().substring(1);
    String wanted = written.toLowerCase(Locale.ROOT);
    List<String> ids = new ArrayList<>(linked.blockIds());
    // Closest first; ties keep the note's order (the sort is stable).
    ids.sort(
        Comparator.comparingInt(
            id -> EditDistance.bounded(wanted, id, Math.max(wanted.length(), id.length()))));
    String where = link.key().path().isEmpty() ? "this note" : "\"" + link.key().path() + "\"";
    List<String> suggestions = new ArrayList<>();
    for (String id : ids.subList(0, Math.min(Suggestions.LIMIT, ids.size()))) {
      suggestions.add(prefix + "#^" + id);
    }
    String message;
    if (ids.isEmpty()) {
      message =
          where
              + " has no block \"^"
              + written
              + "\" and no block ids at all; add \" ^"
              + written
              + "\" at the end of the paragraph you mean";
    } else {
      List<String> listed = new ArrayList<>();
      for (String id : ids.subList(0, Math.min(LISTED_BLOCKS, ids.size()))) {
        listed.add("^" + id);
      }
      message =
          where
              + " has no block \"^"
              + written
              + "\"; "
              + Suggestions.didYouMean(suggestions.subList(0, 1))
              + " Its block ids, closest first: "
              + String.join(", ", listed)
              + (ids.size() > listed.size()
                  ? " and " + (ids.size() - listed.size()) + " more"
                  : "");
    }
    add(out, FindingCode.MISSING_BLOCK, note, link, suggestions, message);
  }

  /** The path part a suggested link should keep: as written, unless it only named an alias. */
  private String prefix(LinkRef link, Resolution.ToNote target) {
    return target.viaAlias() ? names.of(target.note()) : link.key().path();
  }

  private static String lastPart(String[] parts) {
    for (int i = parts.length - 1; i >= 0; i--) {
      if (!parts[i].isEmpty()) {
        return parts[i];
      }
    }
    return "";
  }

  private static List<String> quoted(List<String> items) {
    return items.stream().map(item -> "\"" + item + "\"").toList();
  }

  private static void add(
      Findings out,
      FindingCode code,
      ParsedNote note,
      LinkRef link,
      List<String> suggestions,
      String message) {
    out.add(code, note, link.pos(), link.raw(), suggestions, PageAnchors.link(link.pos()), message);
  }

  /** A vault path as a Markdown link destination: spaces and the like percent-encoded. */
  private static String encode(String path) {
    StringBuilder out = new StringBuilder(path.length());
    for (char c : path.toCharArray()) {
      if (c == ' ') {
        out.append("%20");
      } else if (c == '(' || c == ')' || c == '<' || c == '>') {
        out.append(String.format(Locale.ROOT, "%%%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
