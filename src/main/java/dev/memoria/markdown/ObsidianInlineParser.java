package dev.memoria.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Obsidian's inline syntax: wikilinks and embeds, {@code #tags}, {@code $math$}, {@code
 * %%comments%%} and trailing {@code ^block-ids}.
 *
 * <p>Each construct that searches ahead for its closing mark remembers where a search failed, so
 * runs of unclosed openers (50,000 {@code [[}) cost linear, not quadratic, time.
 */
final class ObsidianInlineParser implements InlineParserExtension {

  private static final Pattern SIZE = Pattern.compile("(\\d{1,5})(?:x(\\d{1,5}))?");

  /**
   * Past this many emphasis runs or link brackets in one block, further ones are plain text.
   * flexmark's delimiter and bracket processing is quadratic in their number (50,000 {@code c*}
   * take 25 s); no real paragraph comes near the limit.
   */
  static final int MAX_MARKS_PER_BLOCK = 1000;

  // Search caches, valid for the current block's input only (reset in finalizeBlock).
  private int wikiSearchFrom = -1;
  private int wikiFoundAt = -1;
  private int wikiSearchEnd = -1;
  private int wikiNestedFor = -1;
  private int wikiNestedAt = -1;
  private int mathNoCloserFrom = Integer.MAX_VALUE;
  private int displayNoCloserFrom = Integer.MAX_VALUE;
  private int commentNoCloserFrom = Integer.MAX_VALUE;
  private final Map<Integer, Integer> codeNoCloserFrom = new HashMap<>();
  private int delimiterRuns;
  private int brackets;

  private ObsidianInlineParser() {}

  @Override
  public void finalizeDocument(InlineParser inlineParser) {}

  @Override
  public void finalizeBlock(InlineParser inlineParser) {
    wikiSearchFrom = -1;
    wikiFoundAt = -1;
    wikiSearchEnd = -1;
    wikiNestedFor = -1;
    wikiNestedAt = -1;
    mathNoCloserFrom = Integer.MAX_VALUE;
    displayNoCloserFrom = Integer.MAX_VALUE;
    commentNoCloserFrom = Integer.MAX_VALUE;
    codeNoCloserFrom.clear();
    delimiterRuns = 0;
    brackets = 0;
  }

  @Override
  public boolean parse(LightInlineParser parser) {
    switch (parser.peek()) {
      case '[':
        return (parser.peek(1) == '[' && parseWikiLink(parser, false)) || limitBrackets(parser, 1);
      case '!':
        if (parser.peek(1) != '[') {
          return false;
        }
        return (parser.peek(2) == '[' && parseWikiLink(parser, true)) || limitBrackets(parser, 2);
      case '*':
      case '_':
      case '~':
      case '=':
        return limitDelimiters(parser);
      case '#':
        return parseTag(parser);
      case '$':
        return parseMath(parser);
      case '%':
        return parser.peek(1) == '%' && parseComment(parser);
      case '^':
        return parseBlockId(parser);
      case '`':
        return parseCodeSpan(parser);
      default:
        return false;
    }
  }

  /** Counts a link opener; past the limit it is consumed as text. */
  private boolean limitBrackets(LightInlineParser parser, int length) {
    if (++brackets <= MAX_MARKS_PER_BLOCK) {
      return false;
    }
    int start = parser.getIndex();
    parser.appendText(parser.getInput().subSequence(start, start + length));
    parser.setIndex(start + length);
    return true;
  }

  /** Counts an emphasis run; past the limit the whole run is consumed as text. */
  private boolean limitDelimiters(LightInlineParser parser) {
    if (++delimiterRuns <= MAX_MARKS_PER_BLOCK) {
      return false;
    }
    BasedSequence input = parser.getInput();
    int start = parser.getIndex();
    int end = runEnd(input, start);
    parser.appendText(input.subSequence(start, end));
    parser.setIndex(end);
    return true;
  }

  private boolean parseWikiLink(LightInlineParser parser, boolean embed) {
    BasedSequence input = parser.getInput();
    int start = parser.getIndex();
    int innerStart = start + (embed ? 3 : 2);
    int close = findWikiClose(input, innerStart);
    if (close < 0 || hasNestedOpen(input, innerStart, close)) {
      return false;
    }
    String inner = input.subSequence(innerStart, close).toString().strip();
    if (inner.isEmpty()) {
      return false;
    }
    int pipe = inner.indexOf('|', 1);
    String target = pipe < 0 ? inner : inner.substring(0, pipe).strip();
    if (target.endsWith("\\")) {
      // [[Note\|Alias]] inside a table: the backslash only protects the pipe.
      target = target.substring(0, target.length() - 1).strip();
    }
    Optional<String> alias = Optional.empty();
    OptionalInt width = OptionalInt.empty();
    OptionalInt height = OptionalInt.empty();
    if (pipe >= 0) {
      String rest = inner.substring(pipe + 1).strip();
      if (embed) {
        int lastPipe = rest.lastIndexOf('|');
        Matcher size = SIZE.matcher(rest.substring(lastPipe + 1).strip());
        if (size.matches()) {
          width = OptionalInt.of(Integer.parseInt(size.group(1)));
          if (size.group(2) != null) {
            height = OptionalInt.of(Integer.parseInt(size.group(2)));
          }
          rest = lastPipe < 0 ? "" : rest.substring(0, lastPipe).strip();
        }
      }
      if (!rest.isEmpty()) {
        alias = Optional.of(rest);
      }
    }
    String cleanTarget = LinkTargets.clean(target);
    WikiLink link =
        new WikiLink(
            input.subSequence(start, close + 2),
            embed,
            cleanTarget,
            LinkTargets.key(cleanTarget),
            alias,
            width,
            height);
    parser.appendNode(link);
    parser.setIndex(close + 2);
    return true;
  }

  /** The index of the first {@code ]]} on the line after at least one character, or -1. */
  private int findWikiClose(BasedSequence input, int innerStart) {
    int from = innerStart + 1;
    if (wikiSearchFrom >= 0
        && wikiSearchFrom <= from
        && from < wikiSearchEnd
        && (wikiFoundAt < 0 || from <= wikiFoundAt)) {
      return wikiFoundAt;
    }
    int found = -1;
    int end = input.length();
    for (int i = innerStart; i < input.length(); i++) {
      char c = input.charAt(i);
      if (c == '\n') {
        end = i;
        break;
      }
      if (c == ']' && i >= from && i + 1 < input.length() && input.charAt(i + 1) == ']') {
        found = i;
        break;
      }
    }
    wikiSearchFrom = from;
    wikiFoundAt = found;
    wikiSearchEnd = found < 0 ? end : found + 1;
    return found;
  }

  /** Whether {@code [[} occurs between innerStart and close (then only the inner one is a link). */
  private boolean hasNestedOpen(BasedSequence input, int innerStart, int close) {
    if (wikiNestedFor != close) {
      wikiNestedFor = close;
      wikiNestedAt = -1;
      for (int i = close - 2; i >= 0 && input.charAt(i) != '\n'; i--) {
        if (input.charAt(i) == '[' && input.charAt(i + 1) == '[') {
          wikiNestedAt = i;
          break;
        }
      }
    }
    return wikiNestedAt >= innerStart;
  }

  private boolean parseTag(LightInlineParser parser) {
    BasedSequence input = parser.getInput();
    int start = parser.getIndex();
    if (start > 0 && !isSpace(input.charAt(start - 1))) {
      return false;
    }
    int end = start + 1;
    boolean nonDigit = false;
    while (end < input.length()) {
      int cp = Character.codePointAt(input, end);
      if (!isTagChar(cp)) {
        break;
      }
      nonDigit |= !Character.isDigit(cp);
      end += Character.charCount(cp);
    }
    while (end > start + 1 && input.charAt(end - 1) == '/') {
      end--;
    }
    if (end == start + 1 || !nonDigit || input.charAt(start + 1) == '/') {
      return false;
    }
    parser.appendNode(
        new Tag(input.subSequence(start, end), input.subSequence(start + 1, end).toString()));
    parser.setIndex(end);
    return true;
  }

  private static boolean isTagChar(int cp) {
    if (cp == '_' || cp == '-' || cp == '/') {
      return true;
    }
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private boolean parseMath(LightInlineParser parser) {
    BasedSequence input = parser.getInput();
    int start = parser.getIndex();
    if (parser.peek(1) == '$') {
      int close = start + 2 < displayNoCloserFrom ? input.indexOf("$$", start + 3) : -1;
      if (close < 0) {
        displayNoCloserFrom = Math.min(displayNoCloserFrom, start + 2);
        // Both dollars are text: a lone $$ must not open single-dollar math.
        parser.appendText(input.subSequence(start, start + 2));
        parser.setIndex(start + 2);
        return true;
      }
      String tex = input.subSequence(start + 2, close).toString().strip();
      parser.appendNode(new InlineMath(input.subSequence(start, close + 2), tex, true));
      parser.setIndex(close + 2);
      return true;
    }
    if (start + 1 >= input.length() || isSpace(input.charAt(start + 1))) {
      return false;
    }
    int close = start + 2 < mathNoCloserFrom ? findMathClose(input, start + 2) : -1;
    if (close < 0) {
      mathNoCloserFrom = Math.min(mathNoCloserFrom, start + 2);
      return false;
    }
    String tex = input.subSequence(start + 1, close).toString();
    parser.appendNode(new InlineMath(input.subSequence(start, close + 1), tex, false));
    parser.setIndex(close + 1);
    return true;
  }

  /** A closing {@code $}: not after a space or backslash, not before a digit, not part of $$. */
  private static int findMathClose(BasedSequence input, int from) {
    for (int i = from; i < input.length(); i++) {
      if (input.charAt(i) != '$') {
        continue;
      }
      if (i + 1 < input.length() && input.charAt(i + 1) == '$') {
        i++;
        continue;
      }
      char before = input.charAt(i - 1);
      boolean digitAfter = i + 1 < input.length() && Character.isDigit(input.charAt(i + 1));
      if (!isSpace(before) && before != '\\' && !digitAfter) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A CommonMark code span. flexmark's own scanner copies the whole paragraph for every backtick
   * run it matches (Matcher.toMatchResult), which is quadratic in long paragraphs; this one scans
   * once and remembers, per run length, where no closing run exists.
   */
  private boolean parseCodeSpan(LightInlineParser parser) {
    BasedSequence input = parser.getInput();
    int start = parser.getIndex();
    int afterOpening = runEnd(input, start);
    int length = afterOpening - start;
    Integer noCloser = codeNoCloserFrom.get(length);
    int close = noCloser != null && noCloser <= afterOpening ? -1 : -2;
    if (close == -2) {
      close = -1;
      for (int i = afterOpening; i < input.length(); ) {
        if (input.charAt(i) != '`') {
          i++;
          continue;
        }
        int end = runEnd(input, i);
        if (end - i == length) {
          close = i;
          break;
        }
        i = end;
      }
      if (close < 0) {
        codeNoCloserFrom.put(length, afterOpening);
      }
    }
    if (close < 0) {
      parser.appendText(input.subSequence(start, afterOpening));
      parser.setIndex(afterOpening);
      return true;
    }
    BasedSequence text = input.subSequence(afterOpening, close);
    Code code =
        new Code(
            input.subSequence(start, afterOpening), text, input.subSequence(close, close + length));
    code.appendChild(new Text(text));
    parser.appendNode(code);
    parser.setIndex(close + length);
    return true;
  }

  private static int runEnd(BasedSequence input, int start) {
    int end = start;
    while (end < input.length() && input.charAt(end) == input.charAt(start)) {
      end++;
    }
    return end;
  }

  private boolean parseComment(LightInlineParser parser) {
    BasedSequence input = parser.getInput();
    int start = parser.getIndex();
    int close = start + 2 < commentNoCloserFrom ? input.indexOf("%%", start + 2) : -1;
    if (close < 0) {
      commentNoCloserFrom = Math.min(commentNoCloserFrom, start + 2);
      return false;
    }
    parser.appendNode(new Comment(input.subSequence(start, close + 2)));
    parser.setIndex(close + 2);
    return true;
  }

  private boolean parseBlockId(LightInlineParser parser) {
    BasedSequence input = parser.getInput();
    int start = parser.getIndex();
    if (start > 0 && !isSpace(input.charAt(start - 1)) && !closesInline(input.charAt(start - 1))) {
      return false;
    }
    int end = start + 1;
    while (end < input.length() && isBlockIdChar(input.charAt(end))) {
      end++;
    }
    if (end == start + 1 || !input.subSequence(end).isBlank()) {
      return false;
    }
    String id = input.subSequence(start + 1, end).toString().toLowerCase(java.util.Locale.ROOT);
    parser.appendNode(new BlockId(input.subSequence(start, end), id));
    parser.setIndex(input.length());
    return true;
  }

  private static boolean isBlockIdChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  }

  /** Characters that end an inline element, after which Obsidian accepts a block id directly. */
  private static boolean closesInline(char c) {
    return "])*_`=~$%>".indexOf(c) >= 0;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0';
  }

  /** Registers the parser for its characters. */
  static final class Factory implements InlineParserExtensionFactory {

    @Override
    public CharSequence getCharacters() {
      return "[!#$%^*_~=`";
    }

    @Override
    public InlineParserExtension apply(LightInlineParser parser) {
      return new ObsidianInlineParser();
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
}
