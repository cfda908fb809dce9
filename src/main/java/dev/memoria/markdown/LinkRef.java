package dev.memoria.markdown;

import dev.memoria.core.SourcePos;
import java.util.Optional;

/**
 * One internal link or embed as written in a note.
 *
 * @param key the target path and subpath
 * @param display the text after {@code |} in a wikilink, or the text of a Markdown link
 * @param pos where the link starts in the note's file
 * @param raw the link exactly as written, for messages ({@code [[Box#Uso|box]]})
 */
public record LinkRef(
    Kind kind, boolean embed, LinkKey key, Optional<String> display, SourcePos pos, String raw) {

  /** The syntax a link was written in. */
  public enum Kind {
    /** {@code [[target]]} or {@code ![[target]]}. */
    WIKI,
    /** {@code [text](target.md)} or {@code ![alt](image.png)} with a relative destination. */
    MARKDOWN
  }
}
