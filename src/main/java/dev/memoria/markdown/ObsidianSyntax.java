package dev.memoria.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** Registers Obsidian's Markdown additions with a flexmark parser. */
final class ObsidianSyntax implements Parser.ParserExtension {

  @Override
  public void parserOptions(MutableDataHolder options) {
    // Replaced by ThematicBreakStart, which cannot overflow the stack, and HeadingStart, which is
    // not quadratic in the length of a paragraph.
    options.set(Parser.THEMATIC_BREAK_PARSER, false);
    options.set(Parser.HEADING_PARSER, false);
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.customBlockParserFactory(new CalloutParser.Factory());
    builder.customBlockParserFactory(new HeadingStart());
    builder.customBlockParserFactory(new ThematicBreakStart());
    builder.customBlockParserFactory(new DelimitedBlockParser.MathFactory());
    builder.customBlockParserFactory(new DelimitedBlockParser.CommentFactory());
    builder.customInlineParserExtensionFactory(new ObsidianInlineParser.Factory());
    builder.customDelimiterProcessor(new HighlightDelimiterProcessor());
  }
}
