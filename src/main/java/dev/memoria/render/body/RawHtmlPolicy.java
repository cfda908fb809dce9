package dev.memoria.render.body;

import java.util.regex.Pattern;
import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list for bodies that contain raw HTML: text formatting, headings, lists, tables,
 * quotes, code, details, images and media, links with safe URLs, and exactly the classes, ids and
 * attributes the body renderer itself writes. Scripts, styles, event handlers, frames, forms,
 * {@code <base>}, {@code <meta>} and {@code srcdoc} never pass.
 */
final class RawHtmlPolicy {

  private static final Pattern CLASS = Pattern.compile("[A-Za-z0-9_ \\-]{0,200}");
  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_\\-]{1,200}");
  private static final Pattern LANG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?");
  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,5}");
  private static final Pattern DATA = Pattern.compile("[^<>]{0,500}");

  private RawHtmlPolicy() {}

  static PolicyFactory build() {
    AttributePolicy safeUrl = (element, attribute, value) -> SafeUrls.isSafe(value) ? value : null;
    return new HtmlPolicyBuilder()
        .allowElements(
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
            "video")
        .allowUrlProtocols("http", "https", "mailto", "tel", "data")
        .allowAttributes("class")
        .matching(CLASS)
        .globally()
        .allowAttributes("id")
        .matching(ID)
        .globally()
        .allowAttributes("title")
        .globally()
        .allowAttributes("lang")
        .matching(LANG)
        .globally()
        .allowAttributes("href")
        .matching(safeUrl)
        .onElements("a")
        .allowAttributes("rel")
        .matching(Pattern.compile("[a-z ]{1,50}"))
        .onElements("a")
        .allowAttributes("src")
        .matching(safeUrl)
        .onElements("img", "audio", "video")
        .allowAttributes("alt")
        .onElements("img")
        .allowAttributes("width", "height")
        .matching(NUMBER)
        .onElements("img", "video")
        .allowAttributes("loading")
        .matching(false, "lazy", "eager")
        .onElements("img")
        .allowAttributes("controls")
        .onElements("audio", "video")
        .allowAttributes("open")
        .onElements("details")
        .allowAttributes("role")
        .matching(false, "note")
        .onElements("p", "span")
        .allowAttributes("data-callout", "data-embed")
        .matching(DATA)
        .onElements("div", "details")
        .allowAttributes("type")
        .matching(false, "checkbox")
        .onElements("input")
        .allowAttributes("checked", "disabled")
        .onElements("input")
        .allowAttributes("start")
        .matching(NUMBER)
        .onElements("ol")
        .allowAttributes("align")
        .matching(false, "left", "center", "right")
        .onElements("th", "td")
        .allowAttributes("colspan", "rowspan")
        .matching(NUMBER)
        .onElements("th", "td")
        .toFactory();
  }
}
