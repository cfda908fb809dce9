package dev.memoria.render.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.Encoding;

/**
 * Checks rendered HTML the way an attacker would probe it: every tag is one we allow, no event
 * handler, style or srcdoc attribute survives, and every URL is safe after decoding.
 */
final class HtmlScanner {

  private static final Set<String> ELEMENTS =
      Set.of(
          "a",
          "abbr",
          "b",
          "blockquote",
          "br",
          "caption",
          "cite",
          "code",
          "dd",
          "del",
          "details",
          "dfn",
          "div",
          "dl",
          "dt",
          "em",
          "figcaption",
          "figure",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "hr",
          "i",
          "img",
          "input",
          "ins",
          "kbd",
          "li",
          "mark",
          "ol",
          "p",
          "pre",
          "q",
          "s",
          "samp",
          "section",
          "small",
          "span",
          "strong",
          "sub",
          "summary",
          "sup",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "u",
          "ul",
          "var",
          "audio",
          "video");
  private static final Pattern TAG = Pattern.compile("<(/?)([^\\s/>]+)([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([^\\s=/>]+)=\"([^\"]*)\"");
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

  private HtmlScanner() {}

  static void assertSafe(String html) {
    String withoutComments = COMMENT.matcher(html).replaceAll("");
    Matcher tag = TAG.matcher(withoutComments);
    while (tag.find()) {
      String name = tag.group(2).toLowerCase(Locale.ROOT);
      assertTrue(ELEMENTS.contains(name), () -> "element <" + name + "> in " + html);
      String rest = tag.group(3).replaceAll("\\s*/$", "");
      Matcher attribute = ATTRIBUTE.matcher(rest);
      int consumed = 0;
      while (attribute.find()) {
        assertEquals(consumed, attribute.start(), () -> "odd attribute syntax in " + tag.group());
        consumed = attribute.end();
        String attr = attribute.group(1).toLowerCase(Locale.ROOT);
        assertFalse(
            attr.startsWith("on") || attr.equals("style") || attr.equals("srcdoc"),
            () -> "attribute " + attr + " in " + html);
        if (attr.equals("href") || attr.equals("src")) {
          String url = Encoding.decodeHtml(attribute.group(2), true);
          assertTrue(SafeUrls.isSafe(url), () -> "unsafe URL " + url + " in " + html);
        }
      }
      assertEquals(rest.length(), consumed, () -> "odd attribute syntax in " + tag.group());
    }
    assertFalse(
        Pattern.compile("(?i)<\\s*(script|iframe|base|meta|form|svg|math|object|embed|style)")
            .matcher(withoutComments)
            .find(),
        () -> "dangerous element in " + html);
  }
}
