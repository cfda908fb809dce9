package dev.memoria.links;

import dev.memoria.core.NoteId;
import dev.memoria.markdown.Heading;
import dev.memoria.markdown.HeadingText;
import dev.memoria.markdown.ParsedNote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A note as the resolver sees it: whether it is published, and its headings and block ids already
 * in the form links are compared against, so each is normalised once rather than once per link.
 *
 * @param folderKey the folder as link ranking compares it ({@link FileIndex#folderKey})
 * @param headingKeys {@link Subpaths#headingKey} of each heading, parallel to {@code
 *     parsed.headings()}
 */
record IndexedNote(
    ParsedNote parsed,
    boolean published,
    String folderKey,
    List<String> headingKeys,
    Set<String> blockIds) {

  IndexedNote {
    headingKeys = List.copyOf(headingKeys);
    blockIds = Set.copyOf(blockIds);
  }

  static IndexedNote of(ParsedNote parsed, boolean published) {
    List<String> keys = new ArrayList<>(parsed.headings().size());
    for (Heading heading : parsed.headings()) {
      keys.add(HeadingText.key(heading.source()));
    }
    List<String> blocks = new ArrayList<>(parsed.blockIds().size());
    for (String id : parsed.blockIds()) {
      blocks.add(id.toLowerCase(Locale.ROOT));
    }
    return new IndexedNote(
        parsed, published, FileIndex.folderKey(parsed.id()), keys, Set.copyOf(blocks));
  }

  NoteId id() {
    return parsed.id();
  }
}
