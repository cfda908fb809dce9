package dev.memoria.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** {@code $…$} (or {@code $$…$$} inside a line of text); the TeX is never parsed as Markdown. */
public final class InlineMath extends Node {

  private final String tex;
  private final boolean display;

  InlineMath(BasedSequence chars, String tex, boolean display) {
    super(chars);
    this.tex = tex;
    this.display = display;
  }

  /** The TeX source between the dollar signs. */
  public String tex() {
    return tex;
  }

  /** Whether it was written with {@code $$}, asking for display style. */
  public boolean display() {
    return display;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
