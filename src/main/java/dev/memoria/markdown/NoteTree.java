package dev.memoria.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.memoria.core.SourcePos;
import java.util.Optional;

/**
 * Read-only questions about a parsed note's tree that the parser and the renderer must answer
 * alike.
 */
public final class NoteTree {

  private NoteTree() {}

  /** The text of a node and its descendants without markup, as a reader sees it. */
  public static String plainText(Node node) {
    StringBuilder text = new StringBuilder();
    Node current = node.getFirstChild();
    while (current != null) {
      if (current instanceof Block && text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
        text.append(' ');
      }
      if (appendPlain(current, text) && current.getFirstChild() != null) {
        current = current.getFirstChild();
        continue;
      }
      while (current.getNext() == null) {
        current = current.getParent();
        if (current == node) {
          return text.toString();
        }
      }
      current = current.getNext();
    }
    return text.toString();
  }

  /** Appends a node's own text; true when its children carry the text instead. */
  private static boolean appendPlain(Node node, StringBuilder text) {
    if (node instanceof Text) {
      text.append(node.getChars().unescape());
    } else if (node instanceof HtmlEntity) {
      text.append(node.getChars().unescape());
    } else if (node instanceof Code code) {
      text.append(code.getText());
    } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
      text.append(' ');
    } else if (node instanceof WikiLink link) {
      text.append(link.displayText());
    } else if (node instanceof Tag tag) {
      text.append('#').append(tag.name());
    } else if (node instanceof InlineMath math) {
      text.append(math.tex());
    } else if (node instanceof DisplayMath math) {
      text.append(math.tex());
    } else if (node instanceof Comment
        || node instanceof CommentBlock
        || node instanceof BlockId
        || node instanceof HtmlInline
        || node instanceof HtmlInlineComment
        || node instanceof Footnote) {
      return false;
    } else {
      return true;
    }
    return false;
  }

  /**
   * The first block of a document that a reader sees: references, comments and blank lines do not
   * count.
   */
  public static Optional<Node> firstBlock(Document document) {
    Node node = document.getFirstChild();
    while (node != null
        && (node instanceof Reference
            || node instanceof CommentBlock
            || node instanceof HtmlCommentBlock
            || node instanceof BlankLine)) {
      node = node.getNext();
    }
    return Optional.ofNullable(node);
  }

  /**
   * The block that gave the note its title and opens the note (the heading or the first line); the
   * page shows the title separately, so the body leaves this block out.
   */
  public static Optional<Node> titleBlock(ParsedNote note) {
    Optional<Node> first = firstBlock(note.document());
    return switch (note.titleSource()) {
      case HEADING ->
          first.filter(
              block ->
                  block instanceof Heading heading
                      && heading.getLevel() == 1
                      && NoteAnalysis.headingText(heading).equals(note.title()));
      case FIRST_LINE -> first.filter(block -> block instanceof Paragraph);
      default -> Optional.empty();
    };
  }

  /**
   * The key of a Markdown link or image whose destination is inside the vault ({@code
   * [text](Other%20note.md#Part)}); empty for external URLs and other nodes.
   */
  public static Optional<LinkKey> internalKey(Node node) {
    return MarkdownLinks.internalDestination(node, node.getDocument())
        .map(LinkTargets::key)
        .filter(key -> !key.path().isEmpty() || !key.subpath().isEmpty());
  }

  /**
   * Where a node of the note's tree starts in the note's file. This reads the whole note; to ask
   * about many nodes, use one {@link NotePositions}.
   */
  public static SourcePos position(ParsedNote note, Node node) {
    return NotePositions.of(note).pos(node);
  }
}
