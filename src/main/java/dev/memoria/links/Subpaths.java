package dev.memoria.links;

import dev.memoria.links.Resolution.SubpathStatus;
import dev.memoria.markdown.Heading;
import dev.memoria.markdown.HeadingText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Matches the part of a link after {@code #} against a note's headings and block ids. */
final class Subpaths {

  private Subpaths() {}

  /**
   * The outcome of matching a subpath.
   *
   * @param anchor the HTML id to link to, when there is one
   */
  record Match(SubpathStatus status, Optional<String> anchor) {
    static final Match NONE = new Match(SubpathStatus.NONE, Optional.empty());
    static final Match MISSING_HEADING = new Match(SubpathStatus.MISSING_HEADING, Optional.empty());
    static final Match MISSING_BLOCK = new Match(SubpathStatus.MISSING_BLOCK, Optional.empty());

    static Match found(String anchor) {
      return new Match(SubpathStatus.FOUND, Optional.of(anchor));
    }
  }

  /**
   * Matches {@code subpath} (the text after the first {@code #}, without it) in {@code note}.
   *
   * <p>A footnote subpath ({@code [^1]}) counts as found without an anchor: the parsed note does
   * not list footnote names, and the footnote is on the page either way.
   */
  static Match match(IndexedNote note, String subpath) {
    List<String> parts = new ArrayList<>();
    for (String part : subpath.split("#", -1)) {
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    if (parts.isEmpty()) {
      return Match.NONE;
    }
    if (parts.size() == 1) {
      String only = parts.get(0);
      if (only.startsWith("^")) {
        String id = only.substring(1).toLowerCase(Locale.ROOT);
        if (note.blockIds().contains(id)) {
          return Match.found("block-" + id);
        }
        // Obsidian falls through to headings with the same text; kept for fidelity.
        Match heading = matchHeadings(note, parts);
        return heading.status() == SubpathStatus.FOUND ? heading : Match.MISSING_BLOCK;
      }
      if (only.startsWith("[^") && only.endsWith("]")) {
        return new Match(SubpathStatus.FOUND, Optional.empty());
      }
    }
    return matchHeadings(note, parts);
  }

  /**
   * Each part names a heading after the previous match and deeper than it; headings in between are
   * not checked, so {@code #A#C} skips over {@code B}.
   */
  private static Match matchHeadings(IndexedNote note, List<String> parts) {
    List<Heading> headings = note.parsed().headings();
    List<String> keys = note.headingKeys();
    int next = 0;
    int level = 0;
    Heading matched = null;
    for (String part : parts) {
      String key = HeadingText.key(part);
      Heading found = null;
      while (next < headings.size() && found == null) {
        Heading heading = headings.get(next);
        if (heading.level() > level && keys.get(next).equals(key)) {
          found = heading;
        }
        next++;
      }
      if (found == null) {
        return Match.MISSING_HEADING;
      }
      level = found.level();
      matched = found;
    }
    return matched == null ? Match.MISSING_HEADING : Match.found(matched.anchor());
  }
}
