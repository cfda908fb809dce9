package dev.memoria.render.body;

import dev.memoria.config.SiteConfig;
import dev.memoria.core.Diagnostics;
import dev.memoria.core.Slugs;
import dev.memoria.links.NoteGraph;
import dev.memoria.links.Resolution;
import dev.memoria.markdown.LinkKey;
import dev.memoria.markdown.NoteTree;
import dev.memoria.markdown.ParsedNote;
import java.util.Optional;
import java.util.TreeSet;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.PolicyFactory;

/**
 * Renders the body of a note page: Markdown and Obsidian syntax to HTML, with internal links
 * resolved through the {@link NoteGraph}, embeds expanded and raw HTML sanitised.
 *
 * <p>Built once per build; {@link #render} is thread-safe and keeps no state between calls.
 *
 * <p>Links to missing notes lead to their stub pages ({@link dev.memoria.core.Slugs#missingPage});
 * links and embeds that do not resolve cleanly carry the id {@link
 * dev.memoria.markdown.PageAnchors#link}, gap lines are drawn as markers with the id {@link
 * dev.memoria.markdown.PageAnchors#gap} (ids inside embedded notes are prefixed, so only the page's
 * own are these).
 *
 * <p>UI strings read from {@link BodyContext#ui()} (English when absent; {@code {0}} is the link as
 * written): {@code link.missing.title} ("Note not found: {0}"), {@code link.unpublished.title}
 * ("Note not published: {0}"), {@code link.section.title} ("Section not found: {0}", a link to a
 * missing heading of its own note), {@code gap.todo} ("Missing section"), {@code gap.placeholder}
 * ("Missing picture or example"), {@code link.embed.missing} ("Nothing to embed: {0}"), {@code
 * link.embed.section} ("Section not found: {0}"), {@code link.embed.cycle} ("Not embedded again:
 * {0} already contains this embed"), {@code link.embed.depth} ("Not embedded: too many nested
 * embeds"), {@code link.embed.budget} ("Not embedded: this page already has too many embeds"),
 * {@code footnote.backref} ("Back to the text") and, optionally, {@code callout.<type>} as the
 * default title of a callout type (else the type, capitalised).
 */
public final class BodyRenderer {

  private final SiteConfig config;
  private final PolicyFactory policy;

  /** Builds the sanitizer policy once; it is immutable and thread-safe. */
  public BodyRenderer(SiteConfig config) {
    this.config = config;
    this.policy = RawHtmlPolicy.build();
  }

  /**
   * The HTML of a note's body. The title block (first-line or first H1 title) is left out, since
   * the page shows the title; embed problems are reported as {@code embed-cycle}, {@code
   * embed-depth} or {@code embed-budget} warnings, removed raw HTML as {@code html-removed}.
   */
  public String render(
      ParsedNote note, NoteGraph graph, BodyContext context, Diagnostics diagnostics) {
    StringBuilder out = new StringBuilder(note.source().body().length() * 3 / 2 + 64);
    PageBody body = new PageBody(note, graph, context, diagnostics, out);
    body.render();
    Optional<PageBody.RawHtml> raw = body.firstRawHtml();
    if (raw.isEmpty() || config.unsafeHtml()) {
      return FigureSlots.fill(out.toString(), body.figures(), context.ui());
    }
    // Only bodies with raw HTML pay for sanitising; our own markup passes the policy unchanged.
    TreeSet<String> removed = new TreeSet<>();
    String clean = policy.sanitize(out.toString(), new Removals(), removed);
    if (!removed.isEmpty()) {
      diagnostics.warning(
          "html-removed",
          NoteTree.position(raw.get().note(), raw.get().node()),
          "raw HTML was removed from the page of "
              + note.id()
              + ": "
              + String.join(", ", removed)
              + "; only formatting HTML is kept (set unsafeHtml: true to keep HTML as written)");
    }
    // Figures go in after sanitising: their SVG is ours, and the policy keeps no SVG.
    return FigureSlots.fill(clean, body.figures(), context.ui());
  }

  /**
   * The stub page, relative to the site root, that an internal link leads to: for a link to a
   * missing note, {@link Slugs#missingPage} of its path; empty for every other link, including one
   * to a missing attachment (a file name ending in an extension other than {@code .md}). The stubs
   * a site needs are those of the links of its published notes.
   */
  public static Optional<String> stubPage(LinkKey key, Resolution resolution) {
    if (!(resolution instanceof Resolution.Missing) || LinkKey.namesAttachment(key.path())) {
      return Optional.empty();
    }
    return Optional.of(Slugs.missingPage(key.path()));
  }

  /** Collects what the sanitizer dropped, for one message. */
  private static final class Removals implements HtmlChangeListener<TreeSet<String>> {

    @Override
    public void discardedTag(TreeSet<String> removed, String elementName) {
      removed.add("<" + elementName + ">");
    }

    @Override
    public void discardedAttributes(
        TreeSet<String> removed, String elementName, String... attributeNames) {
      for (String attribute : attributeNames) {
        removed.add(attribute + "= on <" + elementName + ">");
      }
    }
  }
}
