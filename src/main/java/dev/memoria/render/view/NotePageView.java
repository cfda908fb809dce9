package dev.memoria.render.view;

import java.util.List;

/**
 * A note's page.
 *
 * @param body the note's HTML, already rendered and sanitised
 */
public record NotePageView(
    PageChrome page,
    String langName,
    String modified,
    String modifiedIso,
    boolean hasTags,
    List<TagLink> tags,
    boolean hasTranslations,
    List<TranslationLink> translations,
    boolean hasToc,
    List<TocEntry> toc,
    String body,
    boolean hasBacklinks,
    List<NoteLink> backlinks) {

  public NotePageView {
    tags = List.copyOf(tags);
    translations = List.copyOf(translations);
    toc = List.copyOf(toc);
    backlinks = List.copyOf(backlinks);
  }
}
