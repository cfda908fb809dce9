package dev.memoria.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Locale;

/**
 * A block quote that starts with {@code [!type]}: {@code > [!warning]- Title}.
 *
 * <p>Its first child is always a {@link CalloutTitle}; the other children are the content.
 */
public final class Callout extends Block {

  /** Whether the callout can be folded, and how it starts. */
  public enum Fold {
    /** No {@code +} or {@code -}: always open. */
    NONE,
    /** {@code +}: foldable, starts open. */
    OPEN,
    /** {@code -}: foldable, starts closed. */
    CLOSED
  }

  private final String type;
  private final Fold fold;

  Callout(String type, Fold fold) {
    this.type = type;
    this.fold = fold;
  }

  /** The type, lower-cased and reduced to {@code [a-z0-9-]}: {@code note}, {@code warning}. */
  public String type() {
    return type;
  }

  public Fold fold() {
    return fold;
  }

  /** The title shown when none is written: the type with its first letter upper-cased. */
  public String defaultTitle() {
    return type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1);
  }

  /** The title node (first child). */
  public CalloutTitle title() {
    return (CalloutTitle) getFirstChild();
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
