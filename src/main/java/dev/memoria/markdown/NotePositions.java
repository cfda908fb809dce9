package dev.memoria.markdown;

import com.vladsch.flexmark.util.ast.Node;
import dev.memoria.core.SourcePos;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where the nodes and gap markers of one parsed note are in its file. Building one reads the note
 * once; each question after that takes logarithmic time, so a renderer asking about every link of a
 * note stays linear.
 */
public final class NotePositions {

  private final LineIndex lines;

  /** The body offset of each gap's marker, ascending; {@link #gaps} in the same order. */
  private final int[] gapOffsets;

  private final List<Gap> gaps;

  private NotePositions(LineIndex lines, List<Gap> noteGaps) {
    this.lines = lines;
    List<Placed> placed = new ArrayList<>(noteGaps.size());
    for (Gap gap : noteGaps) {
      int offset = lines.offset(gap.pos());
      if (offset >= 0) {
        placed.add(new Placed(offset, gap));
      }
    }
    // Parsed gaps are in document order already; hand-made ones may not be.
    placed.sort(Comparator.comparingInt(Placed::offset));
    this.gaps = placed.stream().map(Placed::gap).toList();
    this.gapOffsets = placed.stream().mapToInt(Placed::offset).toArray();
  }

  private record Placed(int offset, Gap gap) {}

  /** The positions of a parsed note's tree. */
  public static NotePositions of(ParsedNote note) {
    // The body has the document's line breaks and code points (the parser only swaps U+0000 for
    // U+FFFD), so it serves without copying the document's characters out again.
    return new NotePositions(new LineIndex(note.source(), note.source().body()), note.gaps());
  }

  /** Where a node of the note's tree starts in the note's file. */
  public SourcePos pos(Node node) {
    return lines.pos(node.getStartOffset());
  }

  /** The gap whose marker starts inside the text of {@code node}, if there is one. */
  public Optional<Gap> gapIn(Node node) {
    if (gapOffsets.length == 0) {
      return Optional.empty();
    }
    int found = Arrays.binarySearch(gapOffsets, node.getStartOffset());
    int index = found >= 0 ? found : -found - 1;
    return index < gapOffsets.length && gapOffsets[index] < node.getEndOffset()
        ? Optional.of(gaps.get(index))
        : Optional.empty();
  }
}
