package dev.memoria.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The title line of a {@link Callout}; its children are the title's inline content, none when the
 * title is not written (then {@link Callout#defaultTitle()} is shown).
 */
public final class CalloutTitle extends Block {

  CalloutTitle(BasedSequence chars) {
    super(chars);
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
