package dev.memoria.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a block quote whose first line is {@code [!type]} as a {@link Callout}.
 *
 * <p>It continues exactly like a CommonMark block quote (lines starting {@code >}); the title line
 * is taken out of the content and parsed as inline text of the {@link CalloutTitle}.
 */
final class CalloutParser extends AbstractBlockParser {

  private static final Pattern HEADER =
      Pattern.compile("\\[!([^\\]\\n]*)\\]([+-]?)[ \\t]*(.*)", Pattern.DOTALL);
  private static final int CODE_BLOCK_INDENT = 4;

  private final Callout block;
  private final BasedSequence marker;
  private final BasedSequence title;

  private CalloutParser(Callout block, BasedSequence marker, BasedSequence title) {
    this.block = block;
    this.marker = marker;
    this.title = title;
  }

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public boolean isContainer() {
    return true;
  }

  @Override
  public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
    return true;
  }

  @Override
  public boolean isPropagatingLastBlankLine(BlockParser lastMatchedBlockParser) {
    return false;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    int nextNonSpace = state.getNextNonSpaceIndex();
    BasedSequence line = state.getLine();
    if (!state.isBlank()
        && state.getIndent() < CODE_BLOCK_INDENT
        && line.charAt(nextNonSpace) == '>') {
      int column = state.getColumn() + state.getIndent() + 1;
      if (isSpaceOrTab(line, nextNonSpace + 1)) {
        column++;
      }
      return BlockContinue.atColumn(column);
    }
    return BlockContinue.none();
  }

  @Override
  public void closeBlock(ParserState state) {
    int end = title.isEmpty() ? marker.getEndOffset() : title.getEndOffset();
    if (block.getLastChild() != null) {
      end = Math.max(end, block.getLastChild().getEndOffset());
    }
    block.setChars(marker.baseSubSequence(marker.getStartOffset(), end));
  }

  @Override
  public void parseInlines(InlineParser inlineParser) {
    CalloutTitle titleNode = new CalloutTitle(title.isEmpty() ? marker : title);
    block.prependChild(titleNode);
    if (!title.isBlank()) {
      inlineParser.parse(title, titleNode);
    }
  }

  private static boolean isSpaceOrTab(BasedSequence line, int index) {
    return index < line.length() && (line.charAt(index) == ' ' || line.charAt(index) == '\t');
  }

  /** Lower-cased, reduced to {@code [a-z0-9-]}; {@code note} when nothing is left. */
  static String sanitizeType(String written) {
    String lower = written.strip().toLowerCase(Locale.ROOT);
    StringBuilder type = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        type.append(c);
      } else if ((c == '-' || c == '_' || Character.isWhitespace(c))
          && type.length() > 0
          && type.charAt(type.length() - 1) != '-') {
        type.append('-');
      }
    }
    while (type.length() > 0 && type.charAt(type.length() - 1) == '-') {
      type.setLength(type.length() - 1);
    }
    return type.length() == 0 ? "note" : type.toString();
  }

  /** Tried before the block quote parser, so {@code > [!note]} never becomes a plain quote. */
  static final class Factory implements CustomBlockParserFactory {

    @Override
    public BlockParserFactory apply(DataHolder options) {
      return new StartFactory(options);
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return Set.of(BlockQuoteParser.Factory.class);
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }
  }

  private static final class StartFactory extends AbstractBlockParserFactory {

    StartFactory(DataHolder options) {
      super(options);
    }

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
      if (state.getIndent() >= CODE_BLOCK_INDENT) {
        return BlockStart.none();
      }
      BasedSequence line = state.getLine();
      int markerIndex = state.getNextNonSpaceIndex();
      if (markerIndex >= line.length() || line.charAt(markerIndex) != '>') {
        return BlockStart.none();
      }
      int headerStart = markerIndex + 1;
      while (headerStart < line.length() && isSpaceOrTab(line, headerStart)) {
        headerStart++;
      }
      BasedSequence header = line.subSequence(headerStart).trimEnd();
      Matcher matcher = HEADER.matcher(header);
      if (!matcher.matches()) {
        return BlockStart.none();
      }
      Callout.Fold fold =
          switch (matcher.group(2)) {
            case "+" -> Callout.Fold.OPEN;
            case "-" -> Callout.Fold.CLOSED;
            default -> Callout.Fold.NONE;
          };
      Callout callout = new Callout(sanitizeType(matcher.group(1)), fold);
      BasedSequence title = header.subSequence(matcher.start(3), matcher.end(3)).trim();
      CalloutParser parser =
          new CalloutParser(callout, line.subSequence(markerIndex, markerIndex + 1), title);
      return BlockStart.of(parser).atIndex(line.length());
    }
  }
}
