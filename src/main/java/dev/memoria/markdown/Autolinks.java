package dev.memoria.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.ReplacedTextMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * GFM's extended autolinks: bare {@code https://…}, {@code www.…} and e-mail addresses in text
 * become links.
 *
 * <p>This replaces flexmark's AutolinkExtension, which uses the same link extractor but looks up
 * the ancestors of every text node (time grows with nesting depth times text) and makes flexmark
 * classify the tree recursively, so 10,000 nested emphasis marks overflow the stack. Here one
 * iterative walk visits each node once.
 */
final class Autolinks {

  private static final LinkExtractor EXTRACTOR =
      LinkExtractor.builder()
          .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW, LinkType.EMAIL))
          .build();

  private Autolinks() {}

  /**
   * Links the bare URLs of a document parsed from {@code body}; the string is passed in because
   * copying it back out of flexmark's character sequence is slow.
   */
  static void link(Document document, String body) {
    int[] marks = linkMarks(body);
    if (marks.length == 0) {
      return;
    }
    List<Text> candidates = new ArrayList<>();
    Node node = document.getFirstChild();
    while (node != null) {
      boolean skip = isLinkFree(node);
      if (!skip && node instanceof Text text && containsMark(marks, text)) {
        candidates.add(text);
      }
      if (!skip && node.getFirstChild() != null) {
        node = node.getFirstChild();
        continue;
      }
      while (node.getNext() == null) {
        node = node.getParent();
        if (node == document) {
          node = null;
          break;
        }
      }
      if (node != null) {
        node = node.getNext();
      }
    }
    for (Text text : candidates) {
      split(text);
    }
  }

  /** Code, HTML and existing links are never searched for links. */
  private static boolean isLinkFree(Node node) {
    return node instanceof DoNotDecorate
        || node instanceof DoNotLinkDecorate
        || node instanceof LinkNodeBase
        || node instanceof RefNode
        || node instanceof Code
        || node instanceof CodeBlock
        || node instanceof FencedCodeBlock
        || node instanceof IndentedCodeBlock
        || node instanceof HtmlBlock
        || node instanceof HtmlInline;
  }

  /**
   * Where a link could be: every {@code ://}, {@code www.} and {@code @} in the note, sorted, so
   * each text node is tested with a binary search instead of a scan.
   */
  private static int[] linkMarks(String body) {
    int[] marks = new int[16];
    int count = 0;
    for (String mark : new String[] {"://", "www.", "@"}) {
      for (int at = body.indexOf(mark); at >= 0; at = body.indexOf(mark, at + 1)) {
        if (count == marks.length) {
          marks = Arrays.copyOf(marks, count * 2);
        }
        marks[count++] = at;
      }
    }
    int[] sorted = Arrays.copyOf(marks, count);
    Arrays.sort(sorted);
    return sorted;
  }

  private static boolean containsMark(int[] marks, Text text) {
    int found = Arrays.binarySearch(marks, text.getStartOffset());
    int next = found >= 0 ? found : -found - 1;
    return next < marks.length && marks[next] < text.getEndOffset();
  }

  private static void split(Text text) {
    BasedSequence original = text.getChars();
    ReplacedTextMapper mapper = new ReplacedTextMapper(original);
    BasedSequence literal = Escaping.unescape(original, mapper);
    int done = 0;
    for (LinkSpan span : EXTRACTOR.extractLinks(literal)) {
      int start = mapper.originalOffset(span.getBeginIndex());
      int end = mapper.originalOffset(span.getEndIndex());
      if (start < done || end > original.length()) {
        continue;
      }
      if (start > done) {
        text.insertBefore(new Text(original.subSequence(done, start)));
      }
      BasedSequence chars = original.subSequence(start, end);
      Node link;
      if (span.getType() == LinkType.EMAIL) {
        MailLink mail = new MailLink();
        mail.setText(chars);
        link = mail;
      } else {
        AutoLink auto = new AutoLink();
        auto.setText(chars);
        auto.setUrlChars(chars);
        link = auto;
      }
      link.setChars(chars);
      link.appendChild(new Text(chars));
      text.insertBefore(link);
      done = end;
    }
    if (done > 0) {
      if (done < original.length()) {
        text.insertBefore(new Text(original.subSequence(done)));
      }
      text.unlink();
    }
  }
}
