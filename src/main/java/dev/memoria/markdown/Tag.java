package dev.memoria.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** An inline {@code #tag}. */
public final class Tag extends Node {

  private final String name;

  Tag(BasedSequence chars, String name) {
    super(chars);
    this.name = name;
  }

  /** The tag without {@code #}, as written: {@code rust/memory}. */
  public String name() {
    return name;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
