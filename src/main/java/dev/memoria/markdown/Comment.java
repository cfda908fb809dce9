package dev.memoria.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * An inline {@code %%comment%%}. It is never rendered and its content is not parsed, so links
 * inside comments are not links (Obsidian indexes them; a published site has no use for them).
 */
public final class Comment extends Node {

  Comment(BasedSequence chars) {
    super(chars);
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
