package dev.memoria.render.body;

import java.util.ArrayList;
import java.util.List;
import org.owasp.html.HtmlStreamRenderer;

/**
 * Writes HTML through the sanitizer's own serializer, so every tag, attribute and text is in the
 * exact form the sanitizer would give it: running the sanitizer over our markup changes nothing.
 */
final class HtmlOut {

  private final StringBuilder out;
  private final HtmlStreamRenderer renderer;

  HtmlOut(StringBuilder out) {
    this.out = out;
    this.renderer =
        HtmlStreamRenderer.create(
            out,
            problem -> {
              throw new IllegalStateException("the body renderer wrote invalid HTML: " + problem);
            });
    renderer.openDocument();
  }

  /** Opens an element; {@code attributes} are name, value pairs, a null value skips the pair. */
  HtmlOut open(String element, String... attributes) {
    List<String> pairs = new ArrayList<>(attributes.length);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        pairs.add(attributes[i]);
        pairs.add(attributes[i + 1]);
      }
    }
    renderer.openTag(element, pairs);
    return this;
  }

  HtmlOut close(String element) {
    renderer.closeTag(element);
    return this;
  }

  HtmlOut text(CharSequence text) {
    if (text.length() > 0) {
      renderer.text(text.toString());
    }
    return this;
  }

  /** Appends markup as written: only for raw HTML from notes, which is sanitised afterwards. */
  HtmlOut raw(CharSequence html) {
    out.append(html);
    return this;
  }

  HtmlOut newline() {
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
    return this;
  }

  int length() {
    return out.length();
  }
}
