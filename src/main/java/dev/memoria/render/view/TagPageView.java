package dev.memoria.render.view;

import java.util.List;

/** One tag's page: its notes and its nested tags. */
public record TagPageView(
    PageChrome page,
    String countLabel,
    boolean hasChildren,
    List<TagsPageView.TagCount> children,
    List<NoteLink> notes) {

  public TagPageView {
    children = List.copyOf(children);
    notes = List.copyOf(notes);
  }
}
