package dev.memoria.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Optional;

/**
 * A block id ({@code ^id}), attached as the last child of the block it names: a paragraph, list
 * item, heading, table, quote, callout, list or code block. It renders as nothing; the block gets
 * {@code id="block-<id>"}.
 */
public final class BlockId extends Node {

  private final String id;

  BlockId(BasedSequence chars, String id) {
    super(chars);
    this.id = id;
  }

  /** The id, lower-cased, without {@code ^}. */
  public String id() {
    return id;
  }

  /** The block id attached to {@code block}, if any. */
  public static Optional<String> of(Node block) {
    Node last = block.getLastChild();
    return last instanceof BlockId ? Optional.of(((BlockId) last).id) : Optional.empty();
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
