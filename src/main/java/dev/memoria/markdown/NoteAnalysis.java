package dev.memoria.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.memoria.core.Diagnostics;
import dev.memoria.core.Slugs;
import dev.memoria.core.SourcePos;
import dev.memoria.markdown.ParsedNote.TitleSource;
import dev.memoria.vault.SourceNote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The work after flexmark has built the tree: attaches block ids, gives headings their anchors, and
 * collects the title, links, tags and gap markers of one note.
 */
final class NoteAnalysis {

  private static final int FIRST_LINE_TITLE_MAX = 100;

  /** The ids the renderer gives footnotes and their references. */
  private static final Pattern FOOTNOTE_ID = Pattern.compile("fn-\\d+|fnref-\\d+(-\\d+)?");

  private final SourceNote note;
  private final String body;
  private final Document document;
  private final Diagnostics diagnostics;
  private final LineIndex lines;

  private final List<Node> linkNodes = new ArrayList<>();
  private final List<Tag> tagNodes = new ArrayList<>();
  private final List<BlockId> blockIdNodes = new ArrayList<>();
  private final List<String> blockIds = new ArrayList<>();

  /** Paragraphs whose lines may be gap markers, in document order. */
  private final List<Paragraph> prose = new ArrayList<>();

  /**
   * Start and end offsets of inline nodes whose text is not prose (code spans, math, comments, raw
   * HTML, image descriptions), outermost only: disjoint and in document order.
   */
  private final List<int[]> opaque = new ArrayList<>();

  private int opaqueEnd;
  private int footnoteEnd;
  private boolean usesMath;
  private boolean usesMermaid;
  private final List<ScenarioBlock> scenarios = new ArrayList<>();

  NoteAnalysis(SourceNote note, String body, Document document, Diagnostics diagnostics) {
    this.note = note;
    this.body = body;
    this.document = document;
    this.diagnostics = diagnostics;
    this.lines = new LineIndex(note, body);
  }

  ParsedNote run() {
    collect();
    attachBlockIds();
    List<Heading> headings = headings();
    List<Gap> gaps = new ArrayList<>();
    List<Integer> gapOffsets = new ArrayList<>();
    gaps(gaps, gapOffsets);
    Title title = title(headings, gapOffsets);
    return new ParsedNote(
        note,
        document,
        title.text,
        title.source,
        headings,
        links(),
        blockIds,
        tags(),
        gaps,
        scenarios,
        usesMath,
        usesMermaid);
  }

  /** One pre-order walk over the whole tree, without recursion (nesting can be 10,000 deep). */
  private void collect() {
    Node node = document.getFirstChild();
    while (node != null) {
      visit(node);
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        continue;
      }
      while (node.getNext() == null) {
        node = node.getParent();
        if (node == document) {
          return;
        }
      }
      node = node.getNext();
    }
  }

  private void visit(Node node) {
    if (node instanceof Paragraph paragraph) {
      prose(paragraph);
    } else if (node instanceof FootnoteBlock) {
      // Footnotes are shown only where referenced, so a marker in one may never be on the page.
      footnoteEnd = Math.max(footnoteEnd, node.getEndOffset());
    } else if (isOpaque(node) && node.getStartOffset() >= opaqueEnd) {
      opaque.add(new int[] {node.getStartOffset(), node.getEndOffset()});
      opaqueEnd = node.getEndOffset();
    }
    if (node instanceof WikiLink || node instanceof Link || node instanceof Image) {
      linkNodes.add(node);
    } else if (node instanceof RefNode ref && ref.isDefined()) {
      linkNodes.add(node);
    } else if (node instanceof Tag tag) {
      tagNodes.add(tag);
    } else if (node instanceof BlockId id) {
      blockIdNodes.add(id);
    } else if (node instanceof InlineMath) {
      usesMath = true;
    } else if (node instanceof DisplayMath math) {
      usesMath = true;
      if (!math.closed()) {
        diagnostics.warning(
            "unclosed-math",
            lines.pos(node.getStartOffset()),
            "\"$$\" opens display math that is never closed, so everything after it in this"
                + " block is shown as math; add a closing \"$$\"");
      }
    } else if (node instanceof CommentBlock comment && !comment.closed()) {
      diagnostics.warning(
          "unclosed-comment",
          lines.pos(node.getStartOffset()),
          "\"%%\" opens a comment that is never closed, so everything after it in this block is"
              + " hidden; add a closing \"%%\"");
    } else if (node instanceof FencedCodeBlock code) {
      fencedCode(code);
    }
  }

  private void fencedCode(FencedCodeBlock code) {
    String info = code.getInfo().toString();
    if (firstWord(code.getInfo()).equalsIgnoreCase("mermaid")) {
      usesMermaid = true;
    }
    ScenarioBlock.scenarioLang(info)
        .ifPresent(
            lang -> {
              SourcePos fence = lines.pos(code.getStartOffset());
              scenarios.add(
                  new ScenarioBlock(
                      scenarios.size() + 1,
                      lang,
                      ScenarioBlock.options(info),
                      code.getContentChars().toString(),
                      fence,
                      fence.line() + 1));
            });
  }

  private void prose(Paragraph paragraph) {
    boolean task =
        paragraph.getParent() instanceof TaskListItem item && item.getFirstChild() == paragraph;
    if (!task && paragraph.getStartOffset() >= footnoteEnd) {
      prose.add(paragraph);
    }
  }

  private static boolean isOpaque(Node node) {
    return node instanceof Code
        || node instanceof InlineMath
        || node instanceof Comment
        || node instanceof HtmlInline
        || node instanceof HtmlInlineComment
        || node instanceof Image
        || node instanceof ImageRef;
  }

  /** Finds gap markers line by line; each line is read once, so the work is linear in the note. */
  private void gaps(List<Gap> gaps, List<Integer> offsets) {
    int nextOpaque = 0;
    for (Paragraph paragraph : prose) {
      if (paragraph.getParent() == null) {
        continue;
      }
      for (BasedSequence line : paragraph.getContentLines()) {
        int start = line.getStartOffset();
        int end = Math.min(line.getEndOffset(), body.length());
        while (start < end && Character.isWhitespace(body.charAt(start))) {
          start++;
        }
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
          end--;
        }
        if (start == end) {
          continue;
        }
        while (nextOpaque < opaque.size() && opaque.get(nextOpaque)[1] <= start) {
          nextOpaque++;
        }
        if (nextOpaque < opaque.size() && opaque.get(nextOpaque)[0] <= start) {
          continue;
        }
        String text = body.substring(start, end);
        Optional<Gap.Kind> kind = GapMarkers.kind(text);
        if (kind.isPresent()) {
          SourcePos pos = lines.pos(start);
          gaps.add(new Gap(kind.get(), text, pos, PageAnchors.gap(pos)));
          offsets.add(start);
        }
      }
    }
  }

  static String firstWord(BasedSequence info) {
    String trimmed = info.toString().strip();
    int space = 0;
    while (space < trimmed.length() && !Character.isWhitespace(trimmed.charAt(space))) {
      space++;
    }
    return trimmed.substring(0, space);
  }

  private void attachBlockIds() {
    Set<String> seen = new HashSet<>();
    for (BlockId id : blockIdNodes) {
      Node parent = id.getParent();
      Node target = null;
      Node remove = null;
      if (parent instanceof Paragraph paragraph) {
        if (paragraph.getFirstChild() == id && id.getNext() == null) {
          target = previousBlock(paragraph);
          remove = paragraph;
        } else {
          target = paragraph;
        }
      } else if (parent instanceof com.vladsch.flexmark.ast.Heading) {
        target = parent;
      } else if (parent instanceof CalloutTitle) {
        target = parent.getParent();
      } else if (parent instanceof TableCell) {
        target = trailingTableRowTarget(id);
      }
      if (target == null) {
        id.insertBefore(new Text(id.getChars()));
        id.unlink();
        continue;
      }
      target = namedBlock(target);
      if (remove != null) {
        remove.unlink();
      } else {
        trimBefore(id);
      }
      id.unlink();
      if (BlockId.of(target).isPresent()) {
        continue;
      }
      if (!seen.add(id.id())) {
        diagnostics.warning(
            "duplicate-block-id",
            lines.pos(id.getStartOffset()),
            "block id \"^"
                + id.id()
                + "\" is already used earlier in this note; links to it go to"
                + " the first one, so rename this one");
        continue;
      }
      target.appendChild(id);
      blockIds.add(id.id());
    }
  }

  /**
   * GFM reads a line {@code ^id} right after a table as one more row; Obsidian reads it as the
   * table's id. The row is removed and the table named.
   */
  private static Node trailingTableRowTarget(BlockId id) {
    Node cell = id.getParent();
    Node row = cell.getParent();
    if (!(row instanceof TableRow)
        || !(row.getParent() instanceof TableBody)
        || row.getNext() != null
        || cell.getFirstChild() != id) {
      return null;
    }
    for (Node other = row.getFirstChild(); other != null; other = other.getNext()) {
      if (other != cell && other.getFirstChild() != null) {
        return null;
      }
    }
    Node body = row.getParent();
    Node table = body.getParent();
    if (!(table instanceof TableBlock)) {
      return null;
    }
    id.unlink();
    row.unlink();
    if (body.getFirstChild() == null) {
      body.unlink();
    }
    return table;
  }

  /** Obsidian names the list item, not the paragraph inside it. */
  private static Node namedBlock(Node block) {
    if (block instanceof Paragraph && block.getParent() instanceof ListItem item) {
      if (item.getFirstChild() == block) {
        return item;
      }
    }
    return block;
  }

  private static Node previousBlock(Node block) {
    Node previous = block.getPrevious();
    while (previous instanceof Reference
        || previous instanceof CommentBlock
        || previous instanceof HtmlCommentBlock
        || previous instanceof BlankLine) {
      previous = previous.getPrevious();
    }
    return previous;
  }

  /** Removes the space (or line break) between the text and a trailing block id. */
  private static void trimBefore(Node id) {
    Node previous = id.getPrevious();
    while (previous instanceof SoftLineBreak || previous instanceof HardLineBreak) {
      Node before = previous.getPrevious();
      previous.unlink();
      previous = before;
    }
    if (previous instanceof Text text) {
      BasedSequence trimmed = text.getChars().trimEnd();
      if (trimmed.isEmpty()) {
        text.unlink();
      } else {
        text.setChars(trimmed);
      }
    }
  }

  private List<Heading> headings() {
    Set<String> used = new HashSet<>();
    for (String id : blockIds) {
      used.add("block-" + id);
    }
    List<Heading> headings = new ArrayList<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
        String text = headingText(heading);
        String anchor = uniqueAnchor(Slugs.slug(text, "section"), used);
        heading.setAnchorRefId(anchor);
        headings.add(
            new Heading(
                heading.getLevel(),
                headingSource(heading),
                text,
                anchor,
                lines.fileLine(heading.getStartOffset())));
      }
    }
    return headings;
  }

  private static String uniqueAnchor(String slug, Set<String> used) {
    String base = FOOTNOTE_ID.matcher(slug).matches() ? slug + "-h" : slug;
    String anchor = base;
    for (int n = 1; used.contains(anchor); n++) {
      anchor = base + "-" + n;
    }
    used.add(anchor);
    return anchor;
  }

  /**
   * {@code text} with every run of ASCII whitespace ({@code \\s}: space, tab, line breaks, vertical
   * tab, form feed) made one space. Most text has single spaces only and is returned as it is,
   * without the regular expression this replaces (it ran for every heading and link of a vault).
   */
  static String collapseSpaces(String text) {
    StringBuilder collapsed = null;
    int copied = 0;
    int i = 0;
    while (i < text.length()) {
      if (!isRegexSpace(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < text.length() && isRegexSpace(text.charAt(end))) {
        end++;
      }
      if (end - i > 1 || text.charAt(i) != ' ') {
        if (collapsed == null) {
          collapsed = new StringBuilder(text.length());
        }
        collapsed.append(text, copied, i).append(' ');
        copied = end;
      }
      i = end;
    }
    return collapsed == null ? text : collapsed.append(text, copied, text.length()).toString();
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The heading as plain text, whitespace collapsed. */
  static String headingText(com.vladsch.flexmark.ast.Heading heading) {
    return collapseSpaces(NoteTree.plainText(heading)).strip();
  }

  /** The heading's Markdown as written, without the marks and without a trailing block id. */
  private static String headingSource(com.vladsch.flexmark.ast.Heading heading) {
    BasedSequence text = heading.getText();
    Node last = heading.getLastChild();
    if (last instanceof BlockId && last.getStartOffset() >= text.getStartOffset()) {
      text = text.baseSubSequence(text.getStartOffset(), last.getStartOffset());
    }
    return collapseSpaces(text.toString()).strip();
  }

  private record Title(String text, TitleSource source) {}

  private Title title(List<Heading> headings, List<Integer> gapOffsets) {
    Optional<String> fromFrontmatter =
        note.frontmatter().title().map(String::strip).filter(title -> !title.isEmpty());
    if (fromFrontmatter.isPresent()) {
      return new Title(fromFrontmatter.get(), TitleSource.FRONTMATTER);
    }
    for (Heading heading : headings) {
      if (heading.level() == 1 && !heading.text().isEmpty()) {
        return new Title(heading.text(), TitleSource.HEADING);
      }
    }
    Optional<Node> first = NoteTree.firstBlock(document);
    if (first.isPresent()
        && first.get() instanceof Paragraph paragraph
        && paragraph.getLineCount() == 1
        && !containsEmbed(paragraph)
        // A marker such as //TODO is not a title; the page shows it as a gap instead.
        && (gapOffsets.isEmpty() || gapOffsets.get(0) >= paragraph.getEndOffset())) {
      String text = collapseSpaces(NoteTree.plainText(paragraph)).strip();
      if (!text.isEmpty() && text.codePointCount(0, text.length()) <= FIRST_LINE_TITLE_MAX) {
        return new Title(text, TitleSource.FIRST_LINE);
      }
    }
    return new Title(note.id().baseName(), TitleSource.FILE_NAME);
  }

  private static boolean containsEmbed(Paragraph paragraph) {
    for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Image
          || child instanceof ImageRef
          || (child instanceof WikiLink link && link.embed())) {
        return true;
      }
    }
    return false;
  }

  private List<LinkRef> links() {
    List<Node> ordered = new ArrayList<>(linkNodes);
    ordered.sort(Comparator.comparingInt(Node::getStartOffset));
    List<LinkRef> links = new ArrayList<>(ordered.size());
    for (Node node : ordered) {
      if (node.getParent() == null) {
        continue;
      }
      if (node instanceof WikiLink link) {
        links.add(
            new LinkRef(
                LinkRef.Kind.WIKI,
                link.embed(),
                link.key(),
                link.alias(),
                lines.pos(node.getStartOffset()),
                link.raw()));
      } else {
        markdownLink(node).ifPresent(links::add);
      }
    }
    return links;
  }

  private Optional<LinkRef> markdownLink(Node node) {
    Optional<String> destination = MarkdownLinks.internalDestination(node, document);
    if (destination.isEmpty()) {
      return Optional.empty();
    }
    LinkKey key = LinkTargets.key(destination.get());
    if (key.path().isEmpty() && key.subpath().isEmpty()) {
      return Optional.empty();
    }
    String text = collapseSpaces(NoteTree.plainText(node)).strip();
    boolean embed = node instanceof Image || node instanceof ImageRef;
    return Optional.of(
        new LinkRef(
            LinkRef.Kind.MARKDOWN,
            embed,
            key,
            text.isEmpty() ? Optional.empty() : Optional.of(text),
            lines.pos(node.getStartOffset()),
            node.getChars().toString()));
  }

  private List<String> tags() {
    Map<String, String> tags = new LinkedHashMap<>();
    for (String tag : note.frontmatter().tags()) {
      String name = tag.strip();
      while (name.startsWith("#")) {
        name = name.substring(1);
      }
      if (!name.isEmpty()) {
        tags.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
      }
    }
    for (Tag tag : tagNodes) {
      tags.putIfAbsent(tag.name().toLowerCase(Locale.ROOT), tag.name());
    }
    return List.copyOf(tags.values());
  }
}
