package dev.memoria.markdown;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Blocks between two-character marks that may span lines: {@code $$…$$} display math and {@code
 * %%…%%} comments. Their content is raw text, never parsed as Markdown.
 *
 * <p>A line starting with the mark opens a block when the rest of the line has no closing mark, or
 * when the closing mark ends the line; {@code %%a%% text} stays a paragraph with an inline comment.
 * The block ends at the first line containing the closing mark (text after it on that line is part
 * of the block), or with its container.
 */
final class DelimitedBlockParser extends AbstractBlockParser {

  /** The two kinds of delimited block. */
  enum Kind {
    MATH("$$"),
    COMMENT("%%");

    final String mark;

    Kind(String mark) {
      this.mark = mark;
    }
  }

  private static final int CODE_BLOCK_INDENT = 4;

  private final Kind kind;
  private final Block block;
  private final List<String> lines = new ArrayList<>();
  private final BasedSequence opening;
  private BasedSequence last;
  private boolean closed;
  private boolean firstLine = true;

  private DelimitedBlockParser(Kind kind, BasedSequence opening) {
    this.kind = kind;
    this.block = kind == Kind.MATH ? new DisplayMath() : new CommentBlock();
    this.opening = opening;
    this.last = opening;
  }

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    if (closed) {
      return BlockContinue.none();
    }
    BasedSequence rest = state.getLine().subSequence(state.getIndex());
    int close = rest.indexOf(kind.mark);
    if (close >= 0) {
      lines.add(rest.subSequence(0, close).toString());
      last = rest;
      closed = true;
      return BlockContinue.finished();
    }
    return BlockContinue.atIndex(state.getIndex());
  }

  @Override
  public void addLine(ParserState state, BasedSequence line) {
    boolean opening = firstLine;
    firstLine = false;
    if (closed || (opening && line.isBlank())) {
      return;
    }
    lines.add(line.trimEOL().toString());
    last = line.trimEOL();
  }

  @Override
  public boolean isPropagatingLastBlankLine(BlockParser lastMatchedBlockParser) {
    return false;
  }

  @Override
  public void closeBlock(ParserState state) {
    block.setChars(opening.baseSubSequence(opening.getStartOffset(), last.getEndOffset()));
    if (block instanceof DisplayMath math) {
      math.finish(String.join("\n", lines).strip(), closed);
    } else {
      ((CommentBlock) block).finish(closed);
    }
  }

  /** Registers {@code $$} blocks. */
  static final class MathFactory extends Factory {
    MathFactory() {
      super(Kind.MATH);
    }
  }

  /** Registers {@code %%} blocks. */
  static final class CommentFactory extends Factory {
    CommentFactory() {
      super(Kind.COMMENT);
    }
  }

  // One subclass per kind: flexmark orders factories by class, so two instances of one class clash.
  private abstract static class Factory implements CustomBlockParserFactory {

    private final Kind kind;

    Factory(Kind kind) {
      this.kind = kind;
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
      return new StartFactory(options, kind);
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return null;
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }
  }

  private static final class StartFactory extends AbstractBlockParserFactory {

    private final Kind kind;

    StartFactory(DataHolder options, Kind kind) {
      super(options);
      this.kind = kind;
    }

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
      if (state.getIndent() >= CODE_BLOCK_INDENT) {
        return BlockStart.none();
      }
      BasedSequence line = state.getLine();
      int start = state.getNextNonSpaceIndex();
      if (!line.subSequence(start).startsWith(kind.mark)) {
        return BlockStart.none();
      }
      BasedSequence rest = line.subSequence(start + 2);
      int close = rest.indexOf(kind.mark);
      DelimitedBlockParser parser =
          new DelimitedBlockParser(kind, line.subSequence(start, start + 2));
      if (close >= 0) {
        if (!rest.subSequence(close + 2).isBlank()
            || (kind == Kind.MATH && rest.subSequence(0, close).isBlank())) {
          return BlockStart.none();
        }
        parser.lines.add(rest.subSequence(0, close).toString());
        parser.last = line.trimEnd();
        parser.closed = true;
      }
      return BlockStart.of(parser).atIndex(start + 2);
    }
  }
}
