package dev.memoria.render.view;

import java.util.List;

/**
 * The search page: a search box whose results the theme's script draws, with a filter by the
 * languages the site's notes are in.
 *
 * @param langs the languages of the published notes, each in its own name, sorted by code
 */
public record SearchPageView(PageChrome page, List<LangOption> langs) {

  public SearchPageView {
    langs = List.copyOf(langs);
  }

  /** Whether there is more than one language to filter by. */
  public boolean hasLangs() {
    return langs.size() > 1;
  }

  /** A language to filter by. */
  public record LangOption(String code, String name) {}
}
