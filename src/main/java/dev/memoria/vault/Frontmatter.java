package dev.memoria.vault;

import dev.memoria.core.Lang;
import java.util.List;
import java.util.Optional;

/**
 * The frontmatter keys Memoria understands, already validated. Unknown keys are ignored.
 *
 * @param tags tags without a leading {@code #}, nested ones with {@code /} ({@code rust/memory})
 * @param aliases from {@code aliases} and {@code alias}
 * @param publish false when the note says {@code publish: false}
 * @param translations link targets of the note's translations, as written (wikilink brackets
 *     removed)
 * @param translationKey notes sharing a key are translations of each other
 */
public record Frontmatter(
    Optional<String> title,
    List<String> tags,
    List<String> aliases,
    Optional<Lang> lang,
    boolean draft,
    boolean publish,
    Optional<String> permalink,
    Optional<String> description,
    List<String> translations,
    Optional<String> translationKey) {

  public static final Frontmatter EMPTY =
      new Frontmatter(
          Optional.empty(),
          List.of(),
          List.of(),
          Optional.empty(),
          false,
          true,
          Optional.empty(),
          Optional.empty(),
          List.of(),
          Optional.empty());

  public Frontmatter {
    tags = List.copyOf(tags);
    aliases = List.copyOf(aliases);
    translations = List.copyOf(translations);
  }
}
