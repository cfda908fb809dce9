package dev.memoria.render.body;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ast.WhiteSpace;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.memoria.core.Diagnostics;
import dev.memoria.core.NoteId;
import dev.memoria.core.Slugs;
import dev.memoria.core.SourcePos;
import dev.memoria.links.NoteGraph;
import dev.memoria.links.Resolution;
import dev.memoria.markdown.BlockId;
import dev.memoria.markdown.Callout;
import dev.memoria.markdown.CalloutTitle;
import dev.memoria.markdown.Comment;
import dev.memoria.markdown.CommentBlock;
import dev.memoria.markdown.DisplayMath;
import dev.memoria.markdown.Gap;
import dev.memoria.markdown.Highlight;
import dev.memoria.markdown.InlineMath;
import dev.memoria.markdown.LinkKey;
import dev.memoria.markdown.NotePositions;
import dev.memoria.markdown.NoteTree;
import dev.memoria.markdown.PageAnchors;
import dev.memoria.markdown.ParsedNote;
import dev.memoria.markdown.Tag;
import dev.memoria.markdown.WikiLink;
import dev.memoria.scenarios.ScenarioResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The rendering of one page body: holds everything that belongs to one call (the output, the chain
 * of embeds being expanded, footnote numbers), so the shared {@link BodyRenderer} stays stateless.
 *
 * <p>The tree is walked without recursion (notes may nest blocks 10,000 deep); only embeds recurse,
 * at most {@link #MAX_EMBED_DEPTH} deep.
 */
final class PageBody {

  static final int MAX_EMBED_DEPTH = 5;
  static final int MAX_EMBEDS_PER_PAGE = 200;

  private static final Set<String> IMAGES =
      Set.of("png", "jpg", "jpeg", "gif", "webp", "svg", "avif", "bmp", "ico");
  private static final Set<String> AUDIO =
      Set.of("mp3", "wav", "m4a", "ogg", "oga", "flac", "aac", "opus", "3gp");
  private static final Set<String> VIDEO = Set.of("mp4", "webm", "ogv", "mov", "mkv", "m4v");

  private final ParsedNote page;
  private final NoteGraph graph;
  private final BodyContext context;
  private final Diagnostics diagnostics;
  private final Ui ui;
  private final HtmlOut html;

  /** The embedding chain, the page first: a DFS stack, so diamonds are not cycles. */
  private final Deque<Unit> units = new ArrayDeque<>();

  /** Closing markup of open link-like elements, so nested links render as plain text. */
  private final Deque<String> linkClosers = new ArrayDeque<>();

  /** Built on first use per note: most notes have no gaps and no problem links. */
  private final Map<NoteId, NotePositions> positions = new HashMap<>();

  private int embedsExpanded;
  private Optional<RawHtml> firstRawHtml = Optional.empty();

  /** The scenario figures whose slots the body holds, in page order. */
  private final List<ScenarioResult> figures = new ArrayList<>();

  PageBody(
      ParsedNote page,
      NoteGraph graph,
      BodyContext context,
      Diagnostics diagnostics,
      StringBuilder out) {
    this.page = page;
    this.graph = graph;
    this.context = context;
    this.diagnostics = diagnostics;
    this.ui = new Ui(context.ui());
    this.html = new HtmlOut(out);
  }

  /** Where the first raw HTML of the page came from, if any was written. */
  record RawHtml(ParsedNote note, Node node) {}

  Optional<RawHtml> firstRawHtml() {
    return firstRawHtml;
  }

  /** The scenario figures to put into the body's slots ({@link FigureSlots}). */
  List<ScenarioResult> figures() {
    return figures;
  }

  /**
   * One note (or section of a note) being rendered: the page itself or an embed. The page's own ids
   * are written as they are ({@code gap_14}, {@code m_3_5}, so that reports can link to them); an
   * embed's carry its prefix, so a note embedded twice never repeats an id.
   */
  private static final class Unit {
    final ParsedNote note;
    final String section;
    final String idPrefix;

    /** Each referenced footnote: its number and how many references point to it. */
    final Map<FootnoteBlock, int[]> footnotes = new LinkedHashMap<>();

    final List<FootnoteBlock> footnoteOrder = new ArrayList<>();

    Unit(ParsedNote note, String section, String idPrefix) {
      this.note = note;
      this.section = section;
      this.idPrefix = idPrefix;
    }

    boolean same(NoteId id, String otherSection) {
      return note.id().equals(id) && section.equals(otherSection);
    }
  }

  void render() {
    Unit unit = new Unit(page, "", "");
    units.push(unit);
    Optional<Node> title = NoteTree.titleBlock(page);
    for (Node node = page.document().getFirstChild(); node != null; node = node.getNext()) {
      if (title.isEmpty() || node != title.get()) {
        walk(node);
      }
    }
    footnotes(unit);
    units.pop();
  }

  private Unit unit() {
    return units.peek();
  }

  private NotePositions positions(ParsedNote note) {
    return positions.computeIfAbsent(note.id(), id -> NotePositions.of(note));
  }

  private SourcePos position(ParsedNote note, Node node) {
    return positions(note).pos(node);
  }

  // ---------------------------------------------------------------- the walk

  /** Renders a node and its subtree, iteratively. */
  private void walk(Node top) {
    if (!enter(top)) {
      return;
    }
    Node node = top.getFirstChild();
    if (node == null) {
      exit(top);
      return;
    }
    while (true) {
      if (enter(node)) {
        if (node.getFirstChild() != null) {
          node = node.getFirstChild();
          continue;
        }
        exit(node);
      }
      while (node.getNext() == null) {
        node = node.getParent();
        exit(node);
        if (node == top) {
          return;
        }
      }
      node = node.getNext();
    }
  }

  private void walkChildren(Node parent) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      walk(child);
    }
  }

  /** Writes what comes before a node's children; false when the node is fully written. */
  private boolean enter(Node node) {
    if (node instanceof Text) {
      text(node, unescape(node.getChars()));
      return false;
    }
    if (node instanceof WhiteSpace) {
      html.text(unescape(node.getChars()));
      return false;
    }
    if (node instanceof Paragraph paragraph) {
      return enterParagraph(paragraph);
    }
    if (node instanceof SoftLineBreak) {
      html.text("\n");
      return false;
    }
    if (node instanceof HardLineBreak) {
      html.open("br").text("\n");
      return false;
    }
    if (node instanceof Emphasis) {
      html.open("em");
      return true;
    }
    if (node instanceof StrongEmphasis) {
      html.open("strong");
      return true;
    }
    if (node instanceof Code code) {
      html.open("code").text(codeSpan(code.getText().toString())).close("code");
      return false;
    }
    if (node instanceof Heading heading) {
      enterHeading(heading);
      return true;
    }
    if (node instanceof WikiLink link) {
      wikiLink(link, false);
      return false;
    }
    if (node instanceof Link link) {
      return enterLink(link, link.getUrl(), link.getTitle());
    }
    if (node instanceof Image image) {
      image(image, image.getUrl(), image.getTitle(), false);
      return false;
    }
    if (node instanceof LinkRef ref) {
      return enterReference(ref);
    }
    if (node instanceof ImageRef ref) {
      return imageReference(ref);
    }
    if (node instanceof AutoLink || node instanceof MailLink) {
      autolink((DelimitedLinkNode) node);
      return false;
    }
    if (node instanceof Tag tag) {
      tag(tag);
      return false;
    }
    if (node instanceof Highlight) {
      html.open("mark");
      return true;
    }
    if (node instanceof Strikethrough) {
      html.open("del");
      return true;
    }
    if (node instanceof InlineMath math) {
      html.open("span", "class", math.display() ? "math math-display" : "math math-inline")
          .text(math.tex())
          .close("span");
      return false;
    }
    if (node instanceof HtmlEntity) {
      html.text(node.getChars().unescape());
      return false;
    }
    if (node instanceof HtmlInline || node instanceof HtmlBlock) {
      rawHtml(node);
      return false;
    }
    if (node instanceof Footnote footnote) {
      footnoteReference(footnote);
      return false;
    }
    if (node instanceof BulletList list) {
      html.open("ul", "id", blockId(list));
      return true;
    }
    if (node instanceof OrderedList list) {
      int start = list.getStartNumber();
      html.open("ol", "start", start == 1 ? null : Integer.toString(start), "id", blockId(list));
      return true;
    }
    if (node instanceof ListItem item) {
      enterListItem(item);
      return true;
    }
    if (node instanceof BlockQuote quote) {
      html.open("blockquote", "id", blockId(quote)).newline();
      return true;
    }
    if (node instanceof Callout callout) {
      enterCallout(callout);
      return true;
    }
    if (node instanceof CalloutTitle title) {
      enterCalloutTitle(title);
      return true;
    }
    if (node instanceof FencedCodeBlock code) {
      fencedCode(code);
      return false;
    }
    if (node instanceof IndentedCodeBlock code) {
      html.open("pre", "id", blockId(code)).open("code");
      html.text(codeLines(code.getContentChars())).close("code").close("pre").newline();
      return false;
    }
    if (node instanceof DisplayMath math) {
      html.open("div", "class", "math math-display", "id", blockId(math))
          .text(math.tex())
          .close("div")
          .newline();
      return false;
    }
    if (node instanceof ThematicBreak) {
      html.open("hr").newline();
      return false;
    }
    if (node instanceof TableBlock table) {
      html.open("table", "id", blockId(table));
      return true;
    }
    if (node instanceof TableHead) {
      html.open("thead");
      return true;
    }
    if (node instanceof TableBody) {
      html.open("tbody");
      return true;
    }
    if (node instanceof TableRow) {
      html.open("tr");
      return true;
    }
    if (node instanceof TableCell cell) {
      String align =
          cell.getAlignment() == null ? null : cell.getAlignment().name().toLowerCase(Locale.ROOT);
      html.open(cell.isHeader() ? "th" : "td", "align", align);
      return true;
    }
    if (node instanceof TableCaption) {
      html.open("caption");
      return true;
    }
    if (node instanceof TableSeparator
        || node instanceof FootnoteBlock
        || node instanceof Reference
        || node instanceof BlockId
        || node instanceof Comment
        || node instanceof CommentBlock
        || node instanceof HtmlCommentBlock
        || node instanceof HtmlInlineComment
        || node instanceof BlankLine) {
      return false;
    }
    // Anything else (a container from an extension) shows its content.
    return true;
  }

  /** Writes what comes after a node's children. */
  private void exit(Node node) {
    if (node instanceof Paragraph paragraph) {
      if (!isTight(paragraph)) {
        html.close("p").newline();
      } else if (paragraph.getNext() != null && !(paragraph.getNext() instanceof BlockId)) {
        html.newline();
      }
    } else if (node instanceof Emphasis) {
      html.close("em");
    } else if (node instanceof StrongEmphasis) {
      html.close("strong");
    } else if (node instanceof Heading heading) {
      html.close("h" + heading.getLevel()).newline();
    } else if (node instanceof LinkRef ref && !isDefined(ref)) {
      html.text(ref.getTextClosingMarker().unescape());
      if (!ref.getReferenceOpeningMarker().isNull()) {
        html.text(
            ref.getReferenceOpeningMarker().unescape()
                + ref.getReference().unescape()
                + ref.getReferenceClosingMarker().unescape());
      }
    } else if (node instanceof Link || node instanceof LinkRef) {
      String closer = linkClosers.pop();
      if (!closer.isEmpty()) {
        html.close(closer);
      }
    } else if (node instanceof Highlight) {
      html.close("mark");
    } else if (node instanceof Strikethrough) {
      html.close("del");
    } else if (node instanceof BulletList) {
      html.close("ul").newline();
    } else if (node instanceof OrderedList) {
      html.close("ol").newline();
    } else if (node instanceof ListItem) {
      html.close("li");
    } else if (node instanceof BlockQuote) {
      html.close("blockquote").newline();
    } else if (node instanceof Callout callout) {
      html.close("div").newline();
      html.close(callout.fold() == Callout.Fold.NONE ? "div" : "details").newline();
    } else if (node instanceof CalloutTitle title) {
      Callout callout = (Callout) title.getParent();
      html.close(callout.fold() == Callout.Fold.NONE ? "div" : "summary").newline();
      html.open("div", "class", "callout-content").newline();
    } else if (node instanceof TableBlock) {
      html.close("table").newline();
    } else if (node instanceof TableHead) {
      html.close("thead");
    } else if (node instanceof TableBody) {
      html.close("tbody");
    } else if (node instanceof TableRow) {
      html.close("tr");
    } else if (node instanceof TableCell cell) {
      html.close(cell.isHeader() ? "th" : "td");
    } else if (node instanceof TableCaption) {
      html.close("caption");
    }
  }

  // ---------------------------------------------------------------- blocks

  private boolean enterParagraph(Paragraph paragraph) {
    if (hasBlockEmbed(paragraph) || hasGapLine(paragraph)) {
      splitParagraph(paragraph);
      return false;
    }
    if (!isTight(paragraph)) {
      html.open("p", "id", blockId(paragraph));
    }
    taskCheckbox(paragraph);
    return true;
  }

  /** Paragraphs of tight list items are written without {@code <p>}, as CommonMark says. */
  private static boolean isTight(Paragraph paragraph) {
    return paragraph.getParent() instanceof ListItem item
        && item.isParagraphInTightListItem(paragraph);
  }

  private void taskCheckbox(Paragraph paragraph) {
    if (paragraph.getParent() instanceof TaskListItem item && item.getFirstChild() == paragraph) {
      checkbox(item);
    }
  }

  private void checkbox(TaskListItem item) {
    html.open(
            "input",
            "type",
            "checkbox",
            "class",
            "task-list-item-checkbox",
            "disabled",
            "disabled",
            "checked",
            item.isItemDoneMarker() ? "checked" : null)
        .text(" ");
  }

  private void enterListItem(ListItem item) {
    boolean task = item instanceof TaskListItem;
    html.open("li", "class", task ? "task-list-item" : null, "id", blockId(item));
    if (task && !(item.getFirstChild() instanceof Paragraph)) {
      checkbox((TaskListItem) item);
    }
  }

  private void enterHeading(Heading heading) {
    String anchor = heading.getParent() instanceof Document ? heading.getAnchorRefId() : null;
    Optional<String> block = BlockId.of(heading);
    String id = anchor != null && !anchor.isEmpty() ? unit().idPrefix + anchor : null;
    if (id == null && block.isPresent()) {
      html.open("h" + heading.getLevel(), "id", blockId(heading));
      return;
    }
    html.open("h" + heading.getLevel(), "id", id);
    if (block.isPresent()) {
      html.open("span", "id", blockId(heading)).close("span");
    }
  }

  private void enterCallout(Callout callout) {
    String type = callout.type();
    if (callout.fold() == Callout.Fold.NONE) {
      html.open("div", "class", "callout", "data-callout", type, "id", blockId(callout));
    } else {
      html.open(
          "details",
          "class",
          "callout",
          "data-callout",
          type,
          "open",
          callout.fold() == Callout.Fold.OPEN ? "open" : null,
          "id",
          blockId(callout));
    }
    html.newline();
  }

  private void enterCalloutTitle(CalloutTitle title) {
    Callout callout = (Callout) title.getParent();
    html.open(callout.fold() == Callout.Fold.NONE ? "div" : "summary", "class", "callout-title");
    if (title.getFirstChild() == null) {
      html.text(ui.get("callout." + callout.type(), callout.defaultTitle()));
    }
  }

  private void fencedCode(FencedCodeBlock code) {
    // A note's scenario blocks are drawn in its own page; an embed shows their code, since one
    // figure's ids must not repeat on a page.
    if (unit().idPrefix.isEmpty()) {
      String id = PageAnchors.scenario(position(unit().note, code));
      ScenarioResult figure = context.figures().get(id);
      if (figure != null && figure.figure().isPresent()) {
        figures.add(figure);
        html.raw(FigureSlots.slot(id)).newline();
        return;
      }
    }
    String language = codeLanguage(code.getInfo());
    String content = codeLines(code.getContentChars());
    if (language.equalsIgnoreCase("mermaid")) {
      html.open("pre", "class", "mermaid", "id", blockId(code)).text(content).close("pre");
    } else {
      html.open("pre", "id", blockId(code))
          .open("code", "class", language.isEmpty() ? null : "language-" + language)
          .text(content)
          .close("code")
          .close("pre");
    }
    html.newline();
  }

  /** The first word of a fence's info string, reduced to {@code [A-Za-z0-9_+-]}. */
  static String codeLanguage(BasedSequence info) {
    String trimmed = info.toString().strip();
    StringBuilder language = new StringBuilder();
    for (int i = 0; i < trimmed.length() && !Character.isWhitespace(trimmed.charAt(i)); i++) {
      char c = trimmed.charAt(i);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '_'
          || c == '+'
          || c == '-') {
        language.append(c);
      }
    }
    return language.toString();
  }

  /**
   * Text with backslash escapes and entities resolved; most text has neither, so skips the work.
   */
  private static String unescape(BasedSequence chars) {
    String text = chars.toString();
    return text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : Escaping.unescapeString(text);
  }

  /** Code block content, every line ended by a line break as CommonMark writes it. */
  private static String codeLines(BasedSequence content) {
    String text = content.toString();
    return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
  }

  /** CommonMark code spans: line ends become spaces; one space is stripped from both ends. */
  private static String codeSpan(String text) {
    String flat = text.replace('\n', ' ');
    if (flat.length() >= 2 && flat.startsWith(" ") && flat.endsWith(" ") && !flat.isBlank()) {
      return flat.substring(1, flat.length() - 1);
    }
    return flat;
  }

  private String blockId(Node block) {
    return BlockId.of(block).map(id -> unit().idPrefix + "block-" + id).orElse(null);
  }

  private void rawHtml(Node node) {
    if (firstRawHtml.isEmpty()) {
      firstRawHtml = Optional.of(new RawHtml(unit().note, node));
    }
    html.raw(node.getChars());
    if (node instanceof HtmlBlock) {
      html.newline();
    }
  }

  // ---------------------------------------------------------------- links

  private boolean inLink() {
    return !linkClosers.isEmpty();
  }

  /** A Markdown link: internal ones are resolved, external ones checked; children are the text. */
  private boolean enterLink(Node link, BasedSequence url, BasedSequence title) {
    Optional<LinkKey> key = NoteTree.internalKey(link);
    if (inLink()) {
      String id = key.map(k -> problemId(link, graph.resolve(unit().note.id(), k))).orElse(null);
      if (id != null) {
        html.open("span", "id", id);
      }
      linkClosers.push(id == null ? "" : "span");
      return true;
    }
    String titleText = title.isNull() || title.isEmpty() ? null : title.unescape();
    if (key.isPresent()) {
      Target target = target(key.get(), url.unescape());
      String id = problemId(link, target.resolution());
      linkClosers.push(openInternal(key.get(), target, id, titleText));
      return true;
    }
    Optional<String> href = SafeUrls.checked(url.unescape());
    html.open(
        "a", "class", "external", "href", href.orElse("#"), "rel", "noopener", "title", titleText);
    linkClosers.push("a");
    return true;
  }

  private static boolean isDefined(RefNode ref) {
    return ref.isDefined() && ref.getReferenceNode(ref.getDocument()) != null;
  }

  /** A reference link; an undefined one is not a link and shows as written, markup kept. */
  private boolean enterReference(LinkRef ref) {
    if (isDefined(ref)) {
      Reference reference = ref.getReferenceNode(ref.getDocument());
      return enterLink(ref, reference.getUrl(), reference.getTitle());
    }
    html.text(ref.getTextOpeningMarker().unescape());
    return true;
  }

  private boolean imageReference(ImageRef ref) {
    if (isDefined(ref)) {
      Reference reference = ref.getReferenceNode(ref.getDocument());
      image(ref, reference.getUrl(), reference.getTitle(), false);
    } else {
      html.text(ref.getChars().unescape());
    }
    return false;
  }

  private void autolink(DelimitedLinkNode node) {
    // <https://…> is taken literally (CommonMark); bare links found in text may hold escapes.
    String text =
        node.getOpeningMarker().isEmpty() ? node.getText().unescape() : node.getText().toString();
    if (inLink()) {
      html.text(text);
      return;
    }
    String url =
        node instanceof MailLink
            ? "mailto:" + text
            : text.regionMatches(true, 0, "www.", 0, 4) ? "https://" + text : text;
    Optional<String> href = SafeUrls.checked(url);
    html.open("a", "class", "external", "href", href.orElse("#"), "rel", "noopener")
        .text(text)
        .close("a");
  }

  private void tag(Tag tag) {
    if (inLink()) {
      html.text("#" + tag.name());
      return;
    }
    html.open(
            "a",
            "class",
            "tag",
            "href",
            context.rootPrefix() + SafeUrls.encodePath(Slugs.tagPage(tag.name())))
        .text("#" + tag.name())
        .close("a");
  }

  private void wikiLink(WikiLink link, boolean blockContext) {
    if (link.embed()) {
      embed(
          link, link.key(), link.target(), link.alias(), link.width(), link.height(), blockContext);
      return;
    }
    String display = link.displayText();
    Target target = target(link.key(), link.target());
    String id = problemId(link, target.resolution());
    if (inLink()) {
      textWithId(display, id);
      return;
    }
    String element = openInternal(link.key(), target, id, null);
    html.text(display).close(element);
  }

  /** Text inside a link, which cannot hold another; a span carries the id, if there is one. */
  private void textWithId(String text, String id) {
    if (id == null) {
      html.text(text);
    } else {
      html.open("span", "id", id).text(text).close("span");
    }
  }

  /**
   * Opens the element of an internal link and returns its name: a link to the target, a link to the
   * stub page of a missing note, or, when there is nowhere to go, a span.
   *
   * @param id the problem id ({@link #problemId}), or null
   * @param title the link's own title, shown when it leads to its target; or null
   */
  private String openInternal(LinkKey key, Target target, String id, String title) {
    if (target.href().isPresent() && !isMissingSectionHere(key, target.resolution())) {
      html.open("a", "class", "internal", "href", target.href().get(), "id", id, "title", title);
      return "a";
    }
    Optional<String> stub = stub(key, target.resolution());
    if (stub.isPresent()) {
      html.open(
          "a",
          "class",
          "internal missing",
          "href",
          stub.get(),
          "id",
          id,
          "title",
          target.missingTitle());
      return "a";
    }
    html.open("span", "class", "internal missing", "id", id, "title", target.missingTitle());
    return "span";
  }

  /**
   * The id of a link or embed that does not resolve cleanly, so that {@code check} can point at it;
   * null for a clean one. Embedded notes prefix it, so only the page's own links have the ids
   * reports name.
   */
  private String problemId(Node node, Resolution resolution) {
    if (isClean(resolution)) {
      return null;
    }
    return unit().idPrefix + PageAnchors.link(position(unit().note, node));
  }

  private static boolean isClean(Resolution resolution) {
    if (resolution instanceof Resolution.ToNote note) {
      return (note.subpath() == Resolution.SubpathStatus.NONE
              || note.subpath() == Resolution.SubpathStatus.FOUND)
          && !note.viaAlias()
          && note.otherCandidates().isEmpty();
    }
    return resolution instanceof Resolution.ToAsset;
  }

  /**
   * Whether a link names a heading or block of its own note ({@code [[#Nope]]}) that is not there.
   */
  private static boolean isMissingSectionHere(LinkKey key, Resolution resolution) {
    return key.path().isEmpty()
        && resolution instanceof Resolution.ToNote note
        && (note.subpath() == Resolution.SubpathStatus.MISSING_HEADING
            || note.subpath() == Resolution.SubpathStatus.MISSING_BLOCK);
  }

  /** The href of the stub page a link leads to, when it is a link to a missing note. */
  private Optional<String> stub(LinkKey key, Resolution resolution) {
    return BodyRenderer.stubPage(key, resolution)
        .map(path -> context.rootPrefix() + SafeUrls.encodePath(path));
  }

  /** Where a link leads: an href, or the tooltip of a missing link. */
  private record Target(Optional<String> href, String missingTitle, Resolution resolution) {}

  private Target target(LinkKey key, String written) {
    Resolution resolution = graph.resolve(unit().note.id(), key);
    if (resolution instanceof Resolution.ToNote note) {
      Optional<String> href = noteHref(note, key);
      if (href.isPresent()) {
        String title =
            isMissingSectionHere(key, resolution)
                ? ui.format("link.section.title", "Section not found: {0}", written)
                : "";
        return new Target(href, title, resolution);
      }
    } else if (resolution instanceof Resolution.ToAsset asset) {
      Optional<String> href = assetHref(asset, key);
      if (href.isPresent()) {
        return new Target(href, "", resolution);
      }
    } else if (resolution instanceof Resolution.Unpublished) {
      return new Target(
          Optional.empty(),
          ui.format("link.unpublished.title", "Note not published: {0}", written),
          resolution);
    }
    return new Target(
        Optional.empty(),
        ui.format("link.missing.title", "Note not found: {0}", written),
        resolution);
  }

  private Optional<String> noteHref(Resolution.ToNote note, LinkKey key) {
    String fragment = note.anchor().map(anchor -> "#" + SafeUrls.encodePath(anchor)).orElse("");
    if (note.note().equals(page.id()) && !fragment.isEmpty()) {
      // The page's own sections are on this page, with ids as written.
      return Optional.of(fragment);
    }
    String url = graph.pageUrls().get(note.note());
    if (url == null) {
      return Optional.empty();
    }
    return Optional.of(context.rootPrefix() + SafeUrls.encodePath(url) + fragment);
  }

  private Optional<String> assetHref(Resolution.ToAsset asset, LinkKey key) {
    String url = graph.assetUrls().get(asset.assetPath());
    if (url == null) {
      return Optional.empty();
    }
    // Fragments on attachments are viewer options (#page=3) or style hooks (#icon): kept.
    String fragment = key.subpath().isEmpty() ? "" : "#" + SafeUrls.encodePath(key.subpath());
    return Optional.of(context.rootPrefix() + SafeUrls.encodePath(url) + fragment);
  }

  // ---------------------------------------------------------------- images and embeds

  private void image(Node image, BasedSequence url, BasedSequence title, boolean blockContext) {
    String alt = NoteTree.plainText(image);
    Optional<LinkKey> key = NoteTree.internalKey(image);
    if (key.isPresent()) {
      Optional<String> aliasText = alt.isBlank() ? Optional.empty() : Optional.of(alt);
      embed(
          image,
          key.get(),
          url.unescape(),
          aliasText,
          OptionalInt.empty(),
          OptionalInt.empty(),
          blockContext);
      return;
    }
    Optional<String> src = SafeUrls.checked(url.unescape());
    if (src.isEmpty()) {
      html.text(alt);
      return;
    }
    String titleText = title.isNull() || title.isEmpty() ? null : title.unescape();
    html.open("img", "src", src.get(), "alt", alt, "title", titleText, "loading", "lazy");
  }

  private void embed(
      Node node,
      LinkKey key,
      String written,
      Optional<String> alias,
      OptionalInt width,
      OptionalInt height,
      boolean blockContext) {
    Target target = target(key, written);
    String id = problemId(node, target.resolution());
    if (target.resolution() instanceof Resolution.ToAsset asset && target.href().isPresent()) {
      media(asset.assetPath(), target.href().get(), alias, width, height);
      return;
    }
    if (target.resolution() instanceof Resolution.ToNote note && target.href().isPresent()) {
      if (blockContext) {
        noteEmbed(node, note, key, written, alias, target.href().get(), id);
      } else if (inLink()) {
        textWithId(alias.orElse(written), id);
      } else {
        String element = openInternal(key, target, id, null);
        html.text(alias.orElse(written)).close(element);
      }
      return;
    }
    missingEmbed(key, written, target, blockContext, id);
  }

  /**
   * The placeholder of an embed with nothing to show; for a missing note, the name in it links to
   * the note's stub page.
   */
  private void missingEmbed(
      LinkKey key, String written, Target target, boolean blockContext, String id) {
    Optional<String> stub = inLink() ? Optional.empty() : stub(key, target.resolution());
    String message = ui.get("link.embed.missing", "Nothing to embed: {0}");
    if (stub.isEmpty()) {
      placeholder("embed embed-missing", message.replace("{0}", written), blockContext, id);
      return;
    }
    openPlaceholder("embed embed-missing", blockContext, id);
    int at = message.indexOf("{0}");
    if (at >= 0) {
      html.text(message.substring(0, at));
    }
    html.open("a", "class", "internal missing", "href", stub.get(), "title", target.missingTitle())
        .text(at >= 0 ? written : message)
        .close("a");
    if (at >= 0) {
      html.text(message.substring(at + "{0}".length()).replace("{0}", written));
    }
    closePlaceholder(blockContext);
  }

  private void media(
      String assetPath,
      String href,
      Optional<String> alias,
      OptionalInt width,
      OptionalInt height) {
    String name = assetPath.substring(assetPath.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    String w = width.isPresent() ? Integer.toString(width.getAsInt()) : null;
    String h = height.isPresent() ? Integer.toString(height.getAsInt()) : null;
    if (IMAGES.contains(extension)) {
      html.open(
          "img",
          "src",
          href,
          "alt",
          alias.orElse(name),
          "width",
          w,
          "height",
          h,
          "loading",
          "lazy");
    } else if (AUDIO.contains(extension)) {
      html.open("audio", "controls", "controls", "src", href).close("audio");
    } else if (VIDEO.contains(extension)) {
      html.open("video", "controls", "controls", "src", href, "width", w, "height", h)
          .close("video");
    } else if (!inLink()) {
      html.open("a", "class", "internal embed-file", "href", href)
          .text(alias.orElse(name))
          .close("a");
    } else {
      html.text(alias.orElse(name));
    }
  }

  private void placeholder(String classes, String message, boolean blockContext, String id) {
    openPlaceholder(classes, blockContext, id);
    html.text(message);
    closePlaceholder(blockContext);
  }

  private void openPlaceholder(String classes, boolean blockContext, String id) {
    if (blockContext) {
      html.open("div", "class", classes, "id", id).open("p");
    } else {
      html.open("span", "class", classes, "id", id);
    }
  }

  private void closePlaceholder(boolean blockContext) {
    if (blockContext) {
      html.close("p").close("div").newline();
    } else {
      html.close("span");
    }
  }

  private void noteEmbed(
      Node node,
      Resolution.ToNote resolution,
      LinkKey key,
      String written,
      Optional<String> alias,
      String href,
      String id) {
    ParsedNote target = graph.notes().get(resolution.note());
    String section = resolution.anchor().orElse("");
    Unit here = unit();
    if (target == null) {
      placeholder(
          "embed embed-missing",
          ui.format("link.embed.missing", "Nothing to embed: {0}", written),
          true,
          id);
      return;
    }
    if (units.stream().anyMatch(u -> u.same(target.id(), section))) {
      diagnostics.warning(
          "embed-cycle",
          position(here.note, node),
          "\""
              + written
              + "\" is already being embedded on page "
              + page.id()
              + " ("
              + chain(target)
              + "), so it is shown as a placeholder; remove one of these embeds");
      placeholder(
          "embed embed-cycle",
          ui.format(
              "link.embed.cycle", "Not embedded again: {0} already contains this embed", written),
          true,
          id);
      return;
    }
    if (units.size() > MAX_EMBED_DEPTH) {
      diagnostics.warning(
          "embed-depth",
          position(here.note, node),
          "\""
              + written
              + "\" is embedded more than "
              + MAX_EMBED_DEPTH
              + " levels deep on page "
              + page.id()
              + " ("
              + chain(target)
              + "), so it is shown as a placeholder; embed less deeply");
      placeholder(
          "embed embed-cycle",
          ui.get("link.embed.depth", "Not embedded: too many nested embeds"),
          true,
          id);
      return;
    }
    if (embedsExpanded >= MAX_EMBEDS_PER_PAGE) {
      diagnostics.warning(
          "embed-budget",
          position(here.note, node),
          "page "
              + page.id()
              + " already expands "
              + MAX_EMBEDS_PER_PAGE
              + " embeds, so \""
              + written
              + "\" is shown as a placeholder; embed fewer notes");
      placeholder(
          "embed embed-cycle",
          ui.get("link.embed.budget", "Not embedded: this page already has too many embeds"),
          true,
          id);
      return;
    }
    embedsExpanded++;
    List<Node> nodes = sectionNodes(target, resolution, key);
    if (nodes.isEmpty() && !key.subpath().isEmpty()) {
      placeholder(
          "embed embed-missing",
          ui.format("link.embed.section", "Section not found: {0}", written),
          true,
          id);
      return;
    }
    String lang =
        target.source().lang().equals(context.lang()) ? null : target.source().lang().code();
    String title =
        alias.orElse(
            key.subpath().isEmpty() ? target.title() : target.title() + " > " + key.subpath());
    html.open("div", "class", "embed", "id", id, "data-embed", written, "lang", lang).newline();
    html.open("p", "class", "embed-title")
        .open("a", "class", "internal", "href", href)
        .text(title)
        .close("a")
        .close("p")
        .newline();
    Unit unit = new Unit(target, section, "embed" + embedsExpanded + "_");
    units.push(unit);
    wrapListItem(nodes);
    footnotes(unit);
    units.pop();
    html.close("div").newline();
  }

  private String chain(ParsedNote next) {
    StringBuilder chain = new StringBuilder();
    List<Unit> order = new ArrayList<>(units);
    for (int i = order.size() - 1; i >= 0; i--) {
      chain.append(order.get(i).note.id()).append(" → ");
    }
    return chain.append(next.id()).toString();
  }

  /** The nodes an embed shows: the whole note, a heading's section, or one block. */
  private static List<Node> sectionNodes(
      ParsedNote target, Resolution.ToNote resolution, LinkKey key) {
    List<Node> nodes = new ArrayList<>();
    Document document = target.document();
    if (key.subpath().isEmpty()) {
      Optional<Node> title = NoteTree.titleBlock(target);
      for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
        if (title.isEmpty() || node != title.get()) {
          nodes.add(node);
        }
      }
      return nodes;
    }
    if (resolution.anchor().isEmpty() || resolution.subpath() != Resolution.SubpathStatus.FOUND) {
      return nodes;
    }
    String anchor = resolution.anchor().get();
    if (anchor.startsWith("block-")) {
      findBlock(document, anchor.substring("block-".length())).ifPresent(nodes::add);
      return nodes;
    }
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading && anchor.equals(heading.getAnchorRefId())) {
        nodes.add(heading);
        for (Node next = heading.getNext(); next != null; next = next.getNext()) {
          if (next instanceof Heading other && other.getLevel() <= heading.getLevel()) {
            break;
          }
          nodes.add(next);
        }
        break;
      }
    }
    return nodes;
  }

  /** The block that carries a block id, found without recursion. */
  private static Optional<Node> findBlock(Document document, String id) {
    Node node = document.getFirstChild();
    while (node != null) {
      if (node instanceof BlockId blockId && blockId.id().equals(id)) {
        return Optional.of(node.getParent());
      }
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        continue;
      }
      while (node.getNext() == null) {
        node = node.getParent();
        if (node == document) {
          return Optional.empty();
        }
      }
      node = node.getNext();
    }
    return Optional.empty();
  }

  /** A list item shown alone still needs its list around it. */
  private void wrapListItem(List<Node> nodes) {
    if (nodes.size() == 1 && nodes.get(0) instanceof ListItem item) {
      String list = item.getParent() instanceof OrderedList ? "ol" : "ul";
      html.open(list);
      walk(item);
      html.close(list).newline();
      return;
    }
    for (Node node : nodes) {
      walk(node);
    }
  }

  /** Whether a paragraph holds a note embed directly, which must be written as a block. */
  private boolean hasBlockEmbed(Paragraph paragraph) {
    for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
      if (isBlockEmbed(child)) {
        return true;
      }
    }
    return false;
  }

  private boolean isBlockEmbed(Node node) {
    Optional<LinkKey> key;
    if (node instanceof WikiLink link && link.embed()) {
      key = Optional.of(link.key());
    } else if (node instanceof Image) {
      key = NoteTree.internalKey(node);
    } else {
      return false;
    }
    return key.isPresent()
        && graph.resolve(unit().note.id(), key.get()) instanceof Resolution.ToNote;
  }

  /**
   * Writes a paragraph whose note embeds and gap lines become blocks of their own, with the text
   * around them in paragraphs: a {@code <div>} inside a {@code <p>} is not valid HTML.
   */
  private void splitParagraph(Paragraph paragraph) {
    boolean tight = isTight(paragraph);
    String id = blockId(paragraph);
    if (id != null) {
      html.open("div", "id", id).newline();
    }
    List<Node> run = new ArrayList<>();
    Node child = paragraph.getFirstChild();
    while (child != null) {
      Optional<Gap> gap = gapLine(child);
      if (gap.isPresent()) {
        textRun(run, tight);
        run.clear();
        child = gapMarker(gap.get(), child);
        continue;
      }
      if (!isBlockEmbed(child)) {
        run.add(child);
      } else {
        textRun(run, tight);
        run.clear();
        if (child instanceof WikiLink link) {
          wikiLink(link, true);
        } else {
          Image image = (Image) child;
          image(image, image.getUrl(), image.getTitle(), true);
        }
      }
      child = child.getNext();
    }
    textRun(run, tight);
    if (id != null) {
      html.close("div").newline();
    }
  }

  /** Writes inline nodes as a paragraph, trimmed, unless they are only line breaks and spaces. */
  private void textRun(List<Node> run, boolean tight) {
    if (run.stream().allMatch(PageBody::isBlankInline)) {
      return;
    }
    if (!tight) {
      html.open("p");
    }
    inline(run);
    if (!tight) {
      html.close("p");
    }
    html.newline();
  }

  /** Writes inline nodes with the spaces and line breaks at both ends left out. */
  private void inline(List<Node> nodes) {
    int first = 0;
    int last = nodes.size() - 1;
    while (first <= last && isBlankInline(nodes.get(first))) {
      first++;
    }
    while (last >= first && isBlankInline(nodes.get(last))) {
      last--;
    }
    for (int i = first; i <= last; i++) {
      Node node = nodes.get(i);
      if (node instanceof Text && (i == first || i == last)) {
        String text = unescape(node.getChars());
        text = i == first ? text.stripLeading() : text;
        text(node, i == last ? text.stripTrailing() : text);
      } else {
        walk(node);
      }
    }
  }

  // ---------------------------------------------------------------- gaps

  /** Whether a paragraph has a line that is a gap marker, to be written as a block of its own. */
  private boolean hasGapLine(Paragraph paragraph) {
    if (unit().note.gaps().isEmpty() || positions(unit().note).gapIn(paragraph).isEmpty()) {
      return false;
    }
    for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
      if (gapLine(child).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The gap a paragraph's child opens, when the child is the text at the start of one of the
   * paragraph's lines. A marker line that starts inside other markup (emphasis over two lines) is
   * written inline instead, by {@link #text}.
   */
  private Optional<Gap> gapLine(Node child) {
    Node previous = child.getPrevious();
    if (!(child instanceof Text)
        || !(previous == null
            || previous instanceof SoftLineBreak
            || previous instanceof HardLineBreak)) {
      return Optional.empty();
    }
    return positions(unit().note).gapIn(child);
  }

  /**
   * Writes a gap line as a marker block; returns the node after the line and its line break. The
   * marker's own text is written here, so {@link #text} never sees it.
   */
  private Node gapMarker(Gap gap, Node first) {
    List<Node> line = new ArrayList<>();
    Node next = first;
    while (next != null && !(next instanceof SoftLineBreak || next instanceof HardLineBreak)) {
      line.add(next);
      next = next.getNext();
    }
    int last = line.size() - 1;
    while (last > 0 && isBlankInline(line.get(last))) {
      last--;
    }
    openGap("p", gap);
    for (int i = 0; i <= last; i++) {
      Node node = line.get(i);
      if (node instanceof Text) {
        String text = unescape(node.getChars());
        text = i == 0 ? text.stripLeading() : text;
        html.text(i == last ? text.stripTrailing() : text);
      } else {
        walk(node);
      }
    }
    html.close("span").close("p").newline();
    return next == null ? null : next.getNext();
  }

  /** Opens a gap marker: the element with its label, then the text span, left open. */
  private void openGap(String element, Gap gap) {
    boolean todo = gap.kind() == Gap.Kind.TODO;
    html.open(
            element,
            "class",
            todo ? "gap gap-todo" : "gap gap-placeholder",
            "id",
            unit().idPrefix + gap.anchor(),
            "role",
            "note")
        .open("span", "class", "gap-label")
        .text(
            todo
                ? ui.get("gap.todo", "Missing section")
                : ui.get("gap.placeholder", "Missing picture or example"))
        .close("span")
        .text(" ")
        .open("span", "class", "gap-text");
  }

  /**
   * Writes the text of a text node; a gap marker inside it (one not at the start of a paragraph's
   * line, say inside emphasis) becomes an inline marker around the text.
   */
  private void text(Node node, String text) {
    if (unit().note.gaps().isEmpty()) {
      html.text(text);
      return;
    }
    Optional<Gap> gap = positions(unit().note).gapIn(node);
    if (gap.isEmpty()) {
      html.text(text);
      return;
    }
    openGap("span", gap.get());
    html.text(text).close("span").close("span");
  }

  private static boolean isBlankInline(Node node) {
    return node instanceof SoftLineBreak
        || node instanceof HardLineBreak
        || node instanceof BlockId
        || (node instanceof Text && node.getChars().isBlank());
  }

  // ---------------------------------------------------------------- footnotes

  private void footnoteReference(Footnote footnote) {
    FootnoteBlock block = footnote.getFootnoteBlock();
    if (block == null) {
      block = footnote.getReferenceNode(footnote.getDocument());
    }
    if (block == null || inLink()) {
      html.text(footnote.getChars().unescape());
      return;
    }
    Unit unit = unit();
    int[] numbers = unit.footnotes.get(block);
    if (numbers == null) {
      unit.footnoteOrder.add(block);
      numbers = new int[] {unit.footnoteOrder.size(), 0};
      unit.footnotes.put(block, numbers);
    }
    numbers[1]++;
    String n = Integer.toString(numbers[0]);
    String refId = unit.idPrefix + "fnref-" + n + (numbers[1] > 1 ? "-" + numbers[1] : "");
    html.open("sup", "class", "footnote-ref")
        .open("a", "href", "#" + unit.idPrefix + "fn-" + n, "id", refId)
        .text(n)
        .close("a")
        .close("sup");
  }

  /** The footnotes referenced in a unit, in order of first reference, with links back. */
  private void footnotes(Unit unit) {
    if (unit.footnotes.isEmpty()) {
      return;
    }
    // No line breaks directly inside lists and tables: the sanitizer would drop them.
    html.open("section", "class", "footnotes").newline().open("ol");
    // Footnote text may reference further footnotes; those are appended while we go.
    for (int i = 0; i < unit.footnoteOrder.size(); i++) {
      FootnoteBlock block = unit.footnoteOrder.get(i);
      int[] numbers = unit.footnotes.get(block);
      String n = Integer.toString(numbers[0]);
      html.open("li", "id", unit.idPrefix + "fn-" + n).newline();
      walkChildren(block);
      for (int k = 1; k <= numbers[1]; k++) {
        String refId = unit.idPrefix + "fnref-" + n + (k > 1 ? "-" + k : "");
        html.open(
                "a",
                "href",
                "#" + refId,
                "class",
                "footnote-backref",
                "title",
                ui.get("footnote.backref", "Back to the text"))
            .text("↩")
            .close("a")
            .newline();
      }
      html.close("li");
    }
    html.close("ol").newline().close("section").newline();
  }
}
