package dev.memoria.render.view;

import java.util.List;

/** The stub page of a note that does not exist yet, with the notes that link to it. */
public record MissingPageView(PageChrome page, List<NoteLink> linkedFrom) {

  public MissingPageView {
    linkedFrom = List.copyOf(linkedFrom);
  }
}
