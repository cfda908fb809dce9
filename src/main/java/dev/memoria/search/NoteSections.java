package dev.memoria.search;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import dev.memoria.markdown.Comment;
import dev.memoria.markdown.CommentBlock;
import dev.memoria.markdown.Heading;
import dev.memoria.markdown.ParsedNote;
import dev.memoria.markdown.Tag;
import dev.memoria.markdown.WikiLink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Cuts a parsed note into {@link Section}s at its top-level headings. */
final class NoteSections {

  private NoteSections() {}

  /** The note's opening, then one section per heading that {@code note.headings()} lists. */
  static List<Section> of(ParsedNote note, String url) {
    List<Section> sections = new ArrayList<>();
    List<Heading> headings = note.headings();
    StringBuilder body = new StringBuilder();
    StringBuilder code = new StringBuilder();
    Heading current = null;
    int next = 0;
    for (Node node = note.document().getFirstChild(); node != null; node = node.getNext()) {
      // The parser lists exactly the document's top-level headings, in order.
      if (node instanceof com.vladsch.flexmark.ast.Heading && next < headings.size()) {
        if (titleHeading(note, current, next, body, code)) {
          // The page's top is where the title is: its opening is the section, not "#title".
          next++;
          continue;
        }
        sections.add(section(note, url, current, body, code));
        current = headings.get(next++);
        body.setLength(0);
        code.setLength(0);
        continue;
      }
      collect(node, body, code);
    }
    sections.add(section(note, url, current, body, code));
    return sections;
  }

  private static boolean titleHeading(
      ParsedNote note, Heading current, int next, CharSequence body, CharSequence code) {
    return current == null
        && next == 0
        && note.headings().get(0).level() == 1
        && body.toString().isBlank()
        && code.toString().isBlank();
  }

  private static Section section(
      ParsedNote note, String url, Heading heading, StringBuilder body, StringBuilder code) {
    boolean opening = heading == null;
    return new Section(
        url,
        opening ? "" : heading.anchor(),
        note.title(),
        opening ? "" : heading.text(),
        note.source().lang(),
        opening ? note.source().frontmatter().aliases() : List.of(),
        opening ? note.tags() : List.of(),
        collapse(body),
        collapse(code));
  }

  /** Appends the plain text under {@code root}; walks with a stack, as notes can nest deeply. */
  private static void collect(Node root, StringBuilder body, StringBuilder code) {
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (node instanceof Block) {
        body.append(' ');
      }
      if (node instanceof Text text) {
        body.append(text.getChars());
      } else if (node instanceof WikiLink link) {
        body.append(link.displayText());
      } else if (node instanceof Tag tag) {
        body.append('#').append(tag.name());
      } else if (node instanceof Code span) {
        body.append(span.getText());
        code.append(' ').append(span.getText());
      } else if (node instanceof FencedCodeBlock fenced) {
        body.append(fenced.getContentChars());
        code.append(' ').append(fenced.getContentChars());
      } else if (node instanceof IndentedCodeBlock indented) {
        body.append(indented.getContentChars());
        code.append(' ').append(indented.getContentChars());
      } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
        body.append(' ');
      } else if (!(node instanceof HtmlBlock
          || node instanceof HtmlCommentBlock
          || node instanceof HtmlInline
          || node instanceof HtmlInlineComment
          || node instanceof Comment
          || node instanceof CommentBlock)) {
        for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
          pending.push(child);
        }
      }
    }
  }

  /** Runs of whitespace made one space, ends trimmed. */
  static String collapse(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
