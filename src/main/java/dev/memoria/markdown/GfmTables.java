package dev.memoria.markdown;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * flexmark's GFM tables ({@link TablesExtension}), with its table finder built once per parser.
 *
 * <p>flexmark 0.64.8 builds a new table finder for every note, and building one compiles a regular
 * expression: a sixth of the fixed cost of parsing a note. The finder keeps no state between
 * paragraphs (only its options and that expression), so one is shared by every note and thread.
 */
final class GfmTables implements Parser.ParserExtension {

  private final Parser.ParserExtension tables = (Parser.ParserExtension) TablesExtension.create();

  @Override
  public void parserOptions(MutableDataHolder options) {
    tables.parserOptions(options);
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.paragraphPreProcessorFactory(new Shared(TableParagraphPreProcessor.Factory()));
  }

  /** Hands out the first pre-processor it builds to every later document of its parser. */
  private static final class Shared implements ParagraphPreProcessorFactory {

    private final ParagraphPreProcessorFactory factory;
    private volatile ParagraphPreProcessor built;

    Shared(ParagraphPreProcessorFactory factory) {
      this.factory = factory;
    }

    @Override
    public ParagraphPreProcessor apply(ParserState state) {
      ParagraphPreProcessor processor = built;
      if (processor == null) {
        // Two threads may both build one; they are alike, and either may be kept.
        processor = factory.apply(state);
        built = processor;
      }
      return processor;
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return factory.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return factory.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
      return factory.affectsGlobalScope();
    }
  }
}
