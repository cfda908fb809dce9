package dev.memoria.render.body;

import dev.memoria.core.Lang;
import dev.memoria.scenarios.ScenarioResult;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the body of one page needs to know about the page around it.
 *
 * @param rootPrefix the relative path from the page to the site root: {@code ""} or {@code
 *     "../../"}
 * @param lang the page's language; embedded notes in another language get a {@code lang} attribute
 * @param ui the page language's UI strings by dotted key; see {@link BodyRenderer} for the keys
 *     read (English is used for a missing key)
 * @param figures the page's scenario blocks after simulation, by figure id ({@link
 *     dev.memoria.markdown.PageAnchors#scenario}); a block without one is shown as code
 */
public record BodyContext(
    String rootPrefix, Lang lang, Map<String, String> ui, Map<String, ScenarioResult> figures) {

  private static final Pattern ROOT_PREFIX = Pattern.compile("(\\.\\./)*");

  public BodyContext {
    if (!ROOT_PREFIX.matcher(rootPrefix).matches()) {
      throw new IllegalArgumentException("not a relative path to the site root: " + rootPrefix);
    }
    ui = Map.copyOf(ui);
    figures = Map.copyOf(figures);
  }

  /** A page without scenario figures. */
  public BodyContext(String rootPrefix, Lang lang, Map<String, String> ui) {
    this(rootPrefix, lang, ui, Map.of());
  }
}
