package dev.memoria.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Recognises thematic breaks ({@code ***}, {@code - - -}) in place of flexmark's own factory.
 *
 * <p>flexmark matches them with a backtracking regular expression that recurses once per mark, so a
 * line of 65,000 {@code *} overflows the stack; this scan is linear and accepts the same lines.
 */
final class ThematicBreakStart implements CustomBlockParserFactory {

  @Override
  public BlockParserFactory apply(DataHolder options) {
    return new StartFactory(options);
  }

  @Override
  public Set<Class<?>> getAfterDependents() {
    return Set.of(
        BlockQuoteParser.Factory.class,
        HeadingStart.class,
        FencedCodeBlockParser.Factory.class,
        HtmlBlockParser.Factory.class);
  }

  @Override
  public Set<Class<?>> getBeforeDependents() {
    return Set.of(ListBlockParser.Factory.class, IndentedCodeBlockParser.Factory.class);
  }

  @Override
  public boolean affectsGlobalScope() {
    return false;
  }

  /** Whether a line is three or more of one of {@code * - _}, with only spaces or tabs between. */
  static boolean isThematicBreak(CharSequence line) {
    char mark = 0;
    int count = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t') {
        continue;
      }
      if (mark == 0 && (c == '*' || c == '-' || c == '_')) {
        mark = c;
      }
      if (c != mark) {
        return false;
      }
      count++;
    }
    return count >= 3;
  }

  private static final class StartFactory extends AbstractBlockParserFactory {

    private final boolean interruptsParagraph;

    StartFactory(DataHolder options) {
      super(options);
      this.interruptsParagraph = Parser.THEMATIC_BREAK_RELAXED_START.get(options);
    }

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
      if (state.getIndent() >= 4
          || (matchedBlockParser.getBlockParser().isParagraphParser() && !interruptsParagraph)) {
        return BlockStart.none();
      }
      BasedSequence line = state.getLine();
      if (!isThematicBreak(line.subSequence(state.getNextNonSpaceIndex()))) {
        return BlockStart.none();
      }
      return BlockStart.of(new ThematicBreakParser(line.subSequence(state.getIndex())))
          .atIndex(line.length());
    }
  }
}
