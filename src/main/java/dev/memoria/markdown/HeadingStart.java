package dev.memoria.markdown;

import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Set;

/**
 * flexmark's heading parser, asked more cheaply.
 *
 * <p>flexmark 0.64.8's heading factory copies the whole open paragraph on every line that does not
 * start with a letter, only to test it for null, so a paragraph of 20,000 such lines takes seconds
 * (quadratic). This wrapper hands it a paragraph view whose content is computed only when a setext
 * heading really takes the lines.
 */
final class HeadingStart implements CustomBlockParserFactory {

  /**
   * flexmark's factory, built for the first note and kept: building it compiles three regular
   * expressions, and it holds nothing but them and the options, which are the parser's own.
   */
  private volatile BlockParserFactory headings;

  @Override
  public BlockParserFactory apply(DataHolder options) {
    BlockParserFactory headings = this.headings;
    if (headings == null) {
      headings = new HeadingParser.Factory().apply(options);
      this.headings = headings;
    }
    BlockParserFactory flexmark = headings;
    return (state, matched) ->
        mayStartHeading(state)
            ? flexmark.tryStart(state, new CheapParagraph(matched))
            : BlockStart.none();
  }

  /**
   * Whether the line's first non-space character could open a heading ({@code #}) or underline one
   * ({@code =}, {@code -}): flexmark's patterns for both are anchored there, so any other line is
   * refused without running them (most lines are prose, and this factory is asked about each one).
   */
  private static boolean mayStartHeading(ParserState state) {
    BasedSequence line = state.getLine();
    int first = state.getNextNonSpaceIndex();
    if (first >= line.length()) {
      return false;
    }
    char c = line.charAt(first);
    return c == '#' || c == '=' || c == '-';
  }

  @Override
  public Set<Class<?>> getAfterDependents() {
    return Set.of(BlockQuoteParser.Factory.class);
  }

  @Override
  public Set<Class<?>> getBeforeDependents() {
    return Set.of(
        FencedCodeBlockParser.Factory.class,
        HtmlBlockParser.Factory.class,
        ThematicBreakStart.class,
        ListBlockParser.Factory.class,
        IndentedCodeBlockParser.Factory.class);
  }

  @Override
  public boolean affectsGlobalScope() {
    return false;
  }

  /** Answers "is there a paragraph?" without building its text. */
  private record CheapParagraph(MatchedBlockParser matched) implements MatchedBlockParser {

    @Override
    public BlockParser getBlockParser() {
      return matched.getBlockParser();
    }

    @Override
    public BasedSequence getParagraphContent() {
      return matched.getBlockParser().isParagraphParser() ? BasedSequence.EMPTY : null;
    }

    @Override
    public List<BasedSequence> getParagraphLines() {
      return matched.getParagraphLines();
    }

    @Override
    public List<Integer> getParagraphEolLengths() {
      return matched.getParagraphEolLengths();
    }

    @Override
    public MutableDataHolder getParagraphDataHolder() {
      return matched.getParagraphDataHolder();
    }
  }
}
