package dev.memoria.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An Obsidian link or embed: {@code [[Note#Heading|alias]]}, {@code ![[Note]]}, {@code
 * ![[image.png|640x480]]}.
 *
 * <p>The text inside the brackets is never parsed as Markdown, so the alias is always shown as
 * plain text.
 */
public final class WikiLink extends Node {

  private final boolean embed;
  private final String target;
  private final LinkKey key;
  private final Optional<String> alias;
  private final OptionalInt width;
  private final OptionalInt height;

  WikiLink(
      BasedSequence chars,
      boolean embed,
      String target,
      LinkKey key,
      Optional<String> alias,
      OptionalInt width,
      OptionalInt height) {
    super(chars);
    this.embed = embed;
    this.target = target;
    this.key = key;
    this.alias = alias;
    this.width = width;
    this.height = height;
  }

  /** Whether it was written {@code ![[…]]}. */
  public boolean embed() {
    return embed;
  }

  /** The target before the alias, as written but cleaned (trimmed, NFC): {@code Note#Heading}. */
  public String target() {
    return target;
  }

  /** The cleaned path and subpath the link asks for. */
  public LinkKey key() {
    return key;
  }

  /** The text after {@code |}, when there is one (and it is not an image size). */
  public Optional<String> alias() {
    return alias;
  }

  /** The width of {@code ![[image.png|300]]} or {@code ![[image.png|640x480]]}. */
  public OptionalInt width() {
    return width;
  }

  /** The height of {@code ![[image.png|640x480]]}. */
  public OptionalInt height() {
    return height;
  }

  /** The link exactly as written, brackets included. */
  public String raw() {
    return getChars().toString();
  }

  /**
   * The text Obsidian shows for the link: the alias, else {@code Note > Heading} for a subpath
   * ({@code Heading} alone in the same note), else the target as written.
   */
  public String displayText() {
    if (alias.isPresent()) {
      return alias.get();
    }
    if (key.subpath().isEmpty()) {
      return target;
    }
    String section = String.join(" > ", key.subpath().split("#"));
    return key.path().isEmpty() ? section : key.path() + " > " + section;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
