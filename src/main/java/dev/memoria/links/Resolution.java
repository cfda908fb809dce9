package dev.memoria.links;

import dev.memoria.core.NoteId;
import java.util.List;
import java.util.Optional;

/** Where a link leads, decided by Obsidian's rules. */
public sealed interface Resolution {

  /**
   * A published note.
   *
   * @param anchor the HTML id of the heading or block the subpath names, when it was found
   * @param subpath whether the subpath was found
   * @param viaAlias true when no file has the name and the link only matched a note's alias
   *     (Obsidian itself would not resolve it)
   * @param otherCandidates notes that matched as well but ranked lower (ambiguity)
   */
  record ToNote(
      NoteId note,
      Optional<String> anchor,
      SubpathStatus subpath,
      boolean viaAlias,
      List<NoteId> otherCandidates)
      implements Resolution {
    public ToNote {
      otherCandidates = List.copyOf(otherCandidates);
    }
  }

  /** An attachment in the vault. */
  record ToAsset(String assetPath) implements Resolution {}

  /** A note that exists but is not published (draft, {@code publish: false}). */
  record Unpublished(NoteId note) implements Resolution {}

  /** Nothing in the vault has that name. */
  record Missing() implements Resolution {}

  /** How the part after {@code #} was matched. */
  enum SubpathStatus {
    NONE,
    FOUND,
    MISSING_HEADING,
    MISSING_BLOCK
  }
}
