package dev.memoria.markdown;

import dev.memoria.core.SourcePos;

/**
 * A line in a note's prose that marks a gap the author means to fill: {@code //TODO}, {@code
 * TODO:}, {@code FIXME}, {@code TBD}, {@code XXX}, {@code PENDIENTE}, {@code POR HACER}, or a
 * placeholder — a line that is only a {@code //} comment, such as {@code //PICTURE OF FLOW}.
 *
 * @param text the line as written, trimmed
 * @param pos where the marker starts in the note's file
 * @param anchor the HTML id of the rendered marker in the note's page ({@link PageAnchors#gap})
 */
public record Gap(Kind kind, String text, SourcePos pos, String anchor) {

  /** What kind of gap a line marks. */
  public enum Kind {
    /** A to-do marker: the section is known to be unwritten. */
    TODO,
    /** A placeholder for something missing, e.g. a picture: {@code //PICTURE OF FLOW}. */
    PLACEHOLDER
  }
}
