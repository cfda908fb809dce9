package dev.memoria.render.view;

import java.util.List;

/** A note in a list: its title, page, language and date. */
public record NoteLink(
    String title,
    String url,
    String lang,
    String modified,
    String modifiedIso,
    boolean hasTags,
    List<TagLink> tags) {

  public NoteLink {
    tags = List.copyOf(tags);
  }
}
