package dev.memoria.markdown;

import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.ParserEmulationProfile;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.KeepType;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.memoria.config.SiteConfig;
import dev.memoria.core.Diagnostics;
import dev.memoria.vault.SourceNote;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses notes: CommonMark with GFM tables, strikethrough, task lists, footnotes and autolinks,
 * plus Obsidian's wikilinks, embeds, callouts, comments, highlights, tags, block ids and math.
 *
 * <p>Links inside {@code %%comments%%} are not links: comments are never parsed, because a
 * published page does not show them (Obsidian still indexes them for its graph).
 *
 * <p>One instance is built per build and shared: {@link #parse} may run in parallel.
 */
public final class NoteParser {

  private static final String WARM_UP =
      """
      # Title ^a
      Text *em* **strong** ==mark== ~~del~~ `code` [[Note#H|alias]] ![[img.png|10]] #tag
      $x$ %%c%% [l](a.md) ![i](b.png) <https://x.org> https://y.org a@b.org [^1] &amp; <b>h</b>

      > [!note]- Title
      > - [ ] task
      > 1. item

      | a | b |
      |---|---|
      | 1 | 2 |

      $$
      y
      $$

      %%
      c
      %%

      ```mermaid
      a
      ```

          code

      <div>x</div>

      ***
      [^1]: foot
      """;

  /**
   * More reference definitions than this are read as text. flexmark parses a run of definitions in
   * time quadratic in its length (80,000 of them take minutes); real notes have a handful.
   */
  static final int MAX_REFERENCE_DEFINITIONS = 500;

  private static final Pattern REFERENCE_DEFINITION = Pattern.compile("(?m)^ {0,3}\\[[^\\]^]");

  private final Parser parser;
  private final Parser parserWithoutReferences;

  /** Builds the flexmark parser once; it is thread-safe. */
  public NoteParser(SiteConfig config) {
    MutableDataSet options = new MutableDataSet();
    // 0.29 rules: <…> link destinations may contain spaces ([t](<My Note.md>)), as Obsidian writes.
    options.setFrom(ParserEmulationProfile.COMMONMARK_0_29);
    options.set(Parser.SPACE_IN_LINK_URLS, true);
    options.set(
        Parser.EXTENSIONS,
        List.of(
            new GfmTables(),
            StrikethroughExtension.create(),
            TaskListExtension.create(),
            FootnoteExtension.create(),
            new ObsidianSyntax()));
    // GitHub's table rules: header and separator must match, rows are padded or cut to fit.
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
    options.set(TablesExtension.MIN_HEADER_ROWS, 1);
    options.set(TablesExtension.MAX_HEADER_ROWS, 1);
    // CommonMark: the first definition of a reference label wins.
    options.set(Parser.REFERENCES_KEEP, KeepType.FIRST);
    this.parser = Parser.builder(options).build();
    this.parserWithoutReferences =
        Parser.builder(
                new MutableDataSet(options).set(Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR, false))
            .build();
    // Loads and initialises flexmark's classes now, so that a stack overflow on a pathological note
    // can never strike inside a class initialiser (which would break that class for the whole run).
    parser.parse(WARM_UP);
  }

  private Parser parserFor(SourceNote note, String body, Diagnostics diagnostics) {
    if (body.indexOf("]:") < 0) {
      return parser;
    }
    Matcher definitions = REFERENCE_DEFINITION.matcher(body);
    int count = 0;
    while (definitions.find()) {
      count++;
    }
    if (count <= MAX_REFERENCE_DEFINITIONS) {
      return parser;
    }
    diagnostics.warning(
        "too-many-references",
        note.pos(1, 1),
        "this note has "
            + count
            + " lines that look like reference-style link definitions ([label]: url); more than "
            + MAX_REFERENCE_DEFINITIONS
            + " are not read as definitions, so write those links inline instead");
    return parserWithoutReferences;
  }

  /** A document holding the whole body as one code block, for notes that cannot be parsed. */
  private Document plainText(String body) {
    BasedSequence chars = BasedSequence.of(body);
    Document document = new Document(parser.getOptions(), chars);
    List<BasedSequence> lines = new ArrayList<>();
    int start = 0;
    for (int end = body.indexOf('\n'); end >= 0; end = body.indexOf('\n', start)) {
      lines.add(chars.subSequence(start, end + 1));
      start = end + 1;
    }
    if (start < body.length()) {
      lines.add(chars.subSequence(start));
    }
    if (!lines.isEmpty()) {
      document.appendChild(new IndentedCodeBlock(chars, lines));
    }
    return document;
  }

  /** Parses one note; problems in it (an unclosed {@code $$}, a repeated block id) are reported. */
  public ParsedNote parse(SourceNote note, Diagnostics diagnostics) {
    // U+0000 ends flexmark's inline scanning early; CommonMark replaces it with U+FFFD.
    String body =
        note.body().indexOf('\0') >= 0 ? note.body().replace('\0', '\uFFFD') : note.body();
    Document document;
    try {
      document = parserFor(note, body, diagnostics).parse(body);
      Autolinks.link(document, body);
    } catch (StackOverflowError tooComplex) {
      // flexmark recurses in places (its regular expression for link titles recurses once per
      // character, for example); a hostile or odd note must not stop the build.
      diagnostics.warning(
          "too-complex",
          note.pos(1, 1),
          "the Markdown parser ran out of stack on this note (a construct repeated or nested"
              + " thousands of times, such as a very long link title or table row), so the note is"
              + " shown as plain text; split that construct up");
      document = plainText(body);
    }
    return new NoteAnalysis(note, body, document, diagnostics).run();
  }
}
