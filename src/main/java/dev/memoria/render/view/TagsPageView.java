package dev.memoria.render.view;

import java.util.List;

/** The tags index: every tag with its count; nested tags indented by depth. */
public record TagsPageView(PageChrome page, List<TagCount> tags) {

  public TagsPageView {
    tags = List.copyOf(tags);
  }

  /** A tag with the number of notes under it; depth 0 for top-level tags. */
  public record TagCount(String name, String url, int count, int depth) {}
}
