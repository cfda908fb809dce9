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
        texts.shown.toString());
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
    final Collapsed shown = new Collapsed();

    boolean isBlank() {
      return shown.isEmpty();
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
      shown.append(" ").append(plain).append(" ");
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
  static String collapse(CharSequence text) {
    return new Collapsed().append(text.toString()).toString();
  }

  /**
   * Text with every run of whitespace made one space and the ends trimmed, collapsed as it is
   * appended: most appended text has no run to collapse and is copied whole, where collapsing the
   * whole text afterwards went over every character three more times.
   */
  private static final class Collapsed {
    private static final boolean[] ASCII_WHITESPACE = new boolean[0x80];

    static {
      for (char c = 0; c < 0x80; c++) {
        ASCII_WHITESPACE[c] = Character.isWhitespace(c);
      }
    }

    private final StringBuilder text = new StringBuilder();

    Collapsed append(String more) {
      int length = more.length();
      int copied = 0;
      for (int i = 0; i < length; ) {
        if (!isWhitespace(more.charAt(i))) {
          i++;
          continue;
        }
        int end = i + 1;
        while (end < length && isWhitespace(more.charAt(end))) {
          end++;
        }
        // Before the run is either a character of this text (not whitespace) or the text so far.
        boolean afterWord = i > copied || !text.isEmpty() && text.charAt(text.length() - 1) != ' ';
        if (!(afterWord && end == i + 1 && more.charAt(i) == ' ')) {
          text.append(more, copied, i);
          if (afterWord) {
            text.append(' ');
          }
          copied = end;
        }
        i = end;
      }
      text.append(more, copied, length);
      return this;
    }

    private static boolean isWhitespace(char c) {
      return c < 0x80 ? ASCII_WHITESPACE[c] : Character.isWhitespace(c);
    }

    boolean isEmpty() {
      return text.isEmpty();
    }

    @Override
    public String toString() {
      int length = text.length();
      return length > 0 && text.charAt(length - 1) == ' '
          ? text.substring(0, length - 1)
          : text.toString();
    }
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
