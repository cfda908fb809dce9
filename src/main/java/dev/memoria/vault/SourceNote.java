package dev.memoria.vault;

import dev.memoria.core.Lang;
import dev.memoria.core.NoteId;
import dev.memoria.core.SourcePos;
import java.time.Instant;

/**
 * One Markdown file as read from the vault.
 *
 * @param displayPath the file as named in messages ({@code notes/Box.md})
 * @param body the text after the frontmatter, BOM removed, line ends normalised to {@code \n}
 * @param bodyLine the 1-based line of the file on which {@code body} starts, so positions in the
 *     body map back to the file
 * @param lang the language settled by frontmatter, file suffix, top folder or detection
 * @param langSource how the language was settled, for messages
 * @param lastModified from git history when the file is committed and unchanged, else the file time
 */
public record SourceNote(
    NoteId id,
    String displayPath,
    String body,
    int bodyLine,
    Frontmatter frontmatter,
    Lang lang,
    LangSource langSource,
    Instant lastModified) {

  /** How a note's language was decided, from strongest to weakest evidence. */
  public enum LangSource {
    FRONTMATTER,
    FILE_SUFFIX,
    FOLDER,
    DETECTED,
    DEFAULT
  }

  /** The file position of a 1-based line and column inside {@code body}. */
  public SourcePos pos(int bodyLineNumber, int column) {
    return new SourcePos(displayPath, bodyLine + bodyLineNumber - 1, column);
  }

  /** Whether the note is published with the given drafts setting. */
  public boolean published(boolean includeDrafts) {
    return frontmatter.publish() && (includeDrafts || !frontmatter.draft());
  }
}
