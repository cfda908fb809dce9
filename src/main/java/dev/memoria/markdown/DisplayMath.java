package dev.memoria.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A {@code $$…$$} block, on one line or several; the TeX is never parsed as Markdown. */
public final class DisplayMath extends Block {

  private String tex = "";
  private boolean closed;

  DisplayMath() {}

  /** The TeX source between the {@code $$} marks, lines joined with {@code \n}. */
  public String tex() {
    return tex;
  }

  /** False when the note ended (or its container closed) before a closing {@code $$}. */
  public boolean closed() {
    return closed;
  }

  void finish(String tex, boolean closed) {
    this.tex = tex;
    this.closed = closed;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
