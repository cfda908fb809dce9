package dev.memoria.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A {@code %%} comment spanning whole lines. Like {@link Comment}, never rendered and never parsed.
 */
public final class CommentBlock extends Block {

  private boolean closed;

  CommentBlock() {}

  /** False when the note ended (or its container closed) before a closing {@code %%}. */
  public boolean closed() {
    return closed;
  }

  void finish(boolean closed) {
    this.closed = closed;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
