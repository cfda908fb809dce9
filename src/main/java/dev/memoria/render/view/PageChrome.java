package dev.memoria.render.view;

import java.util.List;
import java.util.Map;

/**
 * What every page shares: head, header and footer.
 *
 * @param root the relative path from the page to the site root ({@code ""}, {@code "../"})
 * @param ui the page language's UI strings as nested maps
 * @param canonical the absolute URL of the page, empty without {@code --base-url}
 * @param feedUrl the Atom feed's URL relative to this page
 * @param hasSearch whether the site has search: the header's search box and the search script
 */
public record PageChrome(
    String lang,
    String title,
    String siteTitle,
    String root,
    String description,
    String canonical,
    List<LinkView> alternates,
    String feedUrl,
    Map<String, Object> ui,
    boolean isHome,
    boolean isTags,
    boolean hasLangSwitch,
    List<LangLink> langSwitch,
    boolean usesMath,
    boolean usesMermaid,
    boolean hasSearch) {

  public PageChrome {
    alternates = List.copyOf(alternates);
    ui = Map.copyOf(ui);
    langSwitch = List.copyOf(langSwitch);
  }
}
