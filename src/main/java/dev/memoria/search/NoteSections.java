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
import com.vladsch.flexmark.util.sequence.SubSequence;
import dev.memoria.markdown.Comment;
import dev.memoria.markdown.CommentBlock;
import dev.memoria.markdown.Heading;
import dev.memoria.markdown.ParsedNote;
import dev.memoria.markdown.ScenarioBlock;
import dev.memoria.markdown.Tag;
import dev.memoria.markdown.WikiLink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/** Cuts a parsed note into {@link Section}s at its top-level headings. */
final class NoteSections {

  private NoteSections() {}

  /** The note's opening, then one section per heading that {@code note.headings()} lists. */
  static List<Section> of(ParsedNote note, String url) {
    List<Section> sections = new ArrayList<>();
    List<Heading> headings = note.headings();
    Texts texts = new Texts();
    Heading current = null;
    int next = 0;
    for (Node node = note.document().getFirstChild(); node != null; node = node.getNext()) {
      // The parser lists exactly the document's top-level headings, in order.
      if (node instanceof com.vladsch.flexmark.ast.Heading && next < headings.size()) {
        if (current == null && next == 0 && headings.get(0).level() == 1 && texts.isBlank()) {
          // A title heading opens the page: its section is the opening, not "#title".
          next++;
          continue;
        }
        sections.add(section(note, url, current, texts));
        current = headings.get(next++);
        texts = new Texts();
        continue;
      }
      texts.collect(node);
    }
    sections.add(section(note, url, current, texts));
    return sections;
  }

  private static Section section(ParsedNote note, String url, Heading heading, Texts texts) {
    boolean opening = heading == null;
    return new Section(
        url,
        opening ? "" : heading.anchor(),
        note.title(),
        opening ? "" : heading.text(),
        note.source().lang(),
        opening ? note.source().frontmatter().aliases() : List.of(),
        opening ? note.tags() : List.of(),
        analysed(texts.prose),
        analysed(texts.code),
        collapse(texts.shown));
  }

  /**
   * The plain text of a section: prose with code spans (indexed as body), code (indexed as code),
   * and everything in reading order (shown in snippets). Code blocks are not prose, so their words
   * count once, in the code field.
   */
  /** A step-marker comment, as the simulator reads them: {@code // @show: caption}. */
  private static final Pattern MARKER_COMMENT = Pattern.compile("//[ \\t]*@[A-Za-z][^\\n]*");

  private static final class Texts {
    final StringBuilder prose = new StringBuilder();
    final StringBuilder code = new StringBuilder();
    final StringBuilder shown = new StringBuilder();

    boolean isBlank() {
      return shown.toString().isBlank();
    }

    private void text(CharSequence text) {
      String plain = plain(text);
      prose.append(plain);
      shown.append(plain);
    }

    private void codeBlock(CharSequence text) {
      codeText(plain(text));
    }

    /** A scenario's code without its step markers: they are for the simulator, not readers. */
    private void scenarioBlock(CharSequence text) {
      codeText(MARKER_COMMENT.matcher(plain(text)).replaceAll(""));
    }

    private void codeText(String plain) {
      code.append(' ').append(plain);
      shown.append(' ').append(plain).append(' ');
    }

    /**
     * {@code text} as a string. Most of a note's text is a slice of its source: copied as a slice,
     * not character by character through flexmark's sequence.
     */
    private static String plain(CharSequence text) {
      if (text instanceof SubSequence slice && slice.getBase() instanceof String source) {
        return source.substring(slice.getStartOffset(), slice.getEndOffset());
      }
      return text.toString();
    }

    /** Walks with a stack, as notes can nest deeply. */
    void collect(Node root) {
      Deque<Node> pending = new ArrayDeque<>();
      pending.push(root);
      while (!pending.isEmpty()) {
        Node node = pending.pop();
        if (node instanceof Block) {
          text(" ");
        }
        if (node instanceof Text text) {
          text(text.getChars());
        } else if (node instanceof WikiLink link) {
          text(link.displayText());
        } else if (node instanceof Tag tag) {
          text("#" + tag.name());
        } else if (node instanceof Code span) {
          text(span.getText());
          code.append(' ').append(span.getText());
        } else if (node instanceof FencedCodeBlock fenced) {
          if (ScenarioBlock.scenarioLang(fenced.getInfo().toString()).isPresent()) {
            scenarioBlock(fenced.getContentChars());
          } else {
            codeBlock(fenced.getContentChars());
          }
        } else if (node instanceof IndentedCodeBlock indented) {
          codeBlock(indented.getContentChars());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
          text(" ");
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
  }

  /** Runs of whitespace made one space, ends trimmed. */
  static String collapse(StringBuilder builder) {
    String text = builder.toString();
    int length = text.length();
    // Most whitespace is already one space between words: only the other runs are rewritten, and
    // the text between them is copied whole.
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (!isWhitespace(c)
          || c == ' ' && i > 0 && i + 1 < length && !isWhitespace(text.charAt(i + 1))) {
        continue;
      }
      int end = i + 1;
      while (end < length && isWhitespace(text.charAt(end))) {
        end++;
      }
      if (out == null) {
        out = new StringBuilder(length);
      }
      out.append(text, copied, i);
      if (i > 0 && end < length) {
        out.append(' ');
      }
      copied = end;
      i = end - 1;
    }
    return out == null ? text : out.append(text, copied, length).toString();
  }

  /** {@link Character#isWhitespace}, answered for ASCII without Unicode tables. */
  private static boolean isWhitespace(char c) {
    if (c < 0x80) {
      return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
    }
    return Character.isWhitespace(c);
  }

  /**
   * Text for the analysis only: the tokenizer splits at whitespace, so collapsing it would change
   * nothing; blank text is no text.
   */
  private static String analysed(StringBuilder text) {
    String plain = text.toString();
    return plain.isBlank() ? "" : plain;
  }
}
