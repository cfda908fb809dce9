package dev.memoria.checks;

import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Node;
import dev.memoria.core.SourcePos;
import dev.memoria.markdown.CommentBlock;
import dev.memoria.markdown.Gap;
import dev.memoria.markdown.Heading;
import dev.memoria.markdown.ParsedNote;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Finds what is missing inside a note: sections with no content, gap markers, and notes with no
 * content at all.
 *
 * <p>Content is any top-level block a reader sees other than a heading: paragraphs (gap lines
 * included), lists, code, quotes, callouts, tables, math, HTML. Comments, reference definitions,
 * thematic breaks and blank lines are not content. A section is empty when no content comes before
 * the next heading of the same or a higher level; sub-headings alone do not fill it.
 */
final class SectionChecks {

  /** A heading whose section is still being read. */
  private static final class Open {
    final Heading heading;
    final Node node;
    boolean hasContent;

    Open(Heading heading, Node node) {
      this.heading = heading;
      this.node = node;
    }
  }

  /** Adds the section findings of {@code note} to {@code out}. */
  void check(ParsedNote note, Findings out) {
    List<Open> empty = new ArrayList<>();
    boolean hasContent = emptySections(note, empty);
    if (!hasContent) {
      // One finding says it all: a note without text also has only empty sections.
      if (out.enabled(FindingCode.EMPTY_NOTE)) {
        out.addForNote(
            FindingCode.EMPTY_NOTE,
            note,
            "",
            note.headings().isEmpty()
                ? "this note has no content; write it, or delete the file if it is not needed"
                : "this note has headings but no text under any of them; write it, or delete the"
                    + " file if it is not needed");
      }
    } else if (out.enabled(FindingCode.EMPTY_SECTION)) {
      for (Open section : empty) {
        Heading heading = section.heading;
        out.add(
            FindingCode.EMPTY_SECTION,
            note,
            new SourcePos(note.source().displayPath(), heading.line(), 1),
            firstLine(section.node),
            List.of(),
            heading.anchor(),
            "section \""
                + heading.text()
                + "\" is empty: nothing comes before the next heading of the same or a higher"
                + " level; write it (or put a //TODO in it) or remove the heading");
      }
    }
    gaps(note, out);
  }

  /**
   * Walks the top-level blocks once, keeping the open headings on a stack; fills {@code empty} with
   * the sections that closed without content, and says whether the note has any content.
   */
  private static boolean emptySections(ParsedNote note, List<Open> empty) {
    List<Heading> headings = note.headings();
    Deque<Open> open = new ArrayDeque<>();
    boolean anyContent = false;
    int next = 0;
    for (Node block = note.document().getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof com.vladsch.flexmark.ast.Heading heading) {
        // The parser lists exactly the top-level headings, in this order.
        Heading listed = headings.get(next++);
        while (!open.isEmpty() && open.peek().heading.level() >= heading.getLevel()) {
          close(open.pop(), empty);
        }
        open.push(new Open(listed, block));
      } else if (isContent(block)) {
        anyContent = true;
        for (Open section : open) {
          section.hasContent = true;
        }
      }
    }
    while (!open.isEmpty()) {
      close(open.pop(), empty);
    }
    return anyContent;
  }

  private static void close(Open section, List<Open> empty) {
    if (!section.hasContent) {
      empty.add(section);
    }
  }

  private static boolean isContent(Node block) {
    return !(block instanceof BlankLine
        || block instanceof Reference
        || block instanceof CommentBlock
        || block instanceof HtmlCommentBlock
        || block instanceof ThematicBreak);
  }

  /** The heading's first source line as written: {@code ## No runtime}. */
  private static String firstLine(Node heading) {
    String text = heading.getChars().toString();
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).strip();
  }

  private static void gaps(ParsedNote note, Findings out) {
    for (Gap gap : note.gaps()) {
      FindingCode code = gap.kind() == Gap.Kind.TODO ? FindingCode.TODO : FindingCode.PLACEHOLDER;
      if (!out.enabled(code)) {
        continue;
      }
      String section =
          sectionOf(note.headings(), gap.pos().line())
              .map(heading -> " in section \"" + heading.text() + "\"")
              .orElse("");
      String message =
          code == FindingCode.TODO
              ? "to-do marker" + section + ": write this section or remove the marker"
              : "placeholder \""
                  + gap.text()
                  + "\""
                  + section
                  + ": add what it stands for (a picture, a diagram, the text) or remove the line";
      out.add(code, note, gap.pos(), gap.text(), List.of(), gap.anchor(), message);
    }
  }

  /** The last top-level heading above {@code line}, by binary search. */
  private static Optional<Heading> sectionOf(List<Heading> headings, int line) {
    int low = 0;
    int high = headings.size() - 1;
    int found = -1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (headings.get(middle).line() < line) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found < 0 ? Optional.empty() : Optional.of(headings.get(found));
  }
}
