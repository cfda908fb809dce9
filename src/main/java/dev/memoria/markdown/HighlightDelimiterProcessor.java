package dev.memoria.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterRun;
import com.vladsch.flexmark.util.ast.Node;

/** {@code ==text==}, with the flanking rules of GFM strikethrough. */
final class HighlightDelimiterProcessor implements DelimiterProcessor {

  @Override
  public char getOpeningCharacter() {
    return '=';
  }

  @Override
  public char getClosingCharacter() {
    return '=';
  }

  @Override
  public int getMinLength() {
    return 2;
  }

  @Override
  public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
    return opener.length() >= 2 && closer.length() >= 2 ? 2 : 0;
  }

  @Override
  public void process(Delimiter opener, Delimiter closer, int delimitersUsed) {
    Highlight highlight =
        new Highlight(opener.getTailChars(delimitersUsed), closer.getLeadChars(delimitersUsed));
    opener.moveNodesBetweenDelimitersTo(highlight, closer);
  }

  @Override
  public Node unmatchedDelimiterNode(InlineParser inlineParser, DelimiterRun delimiter) {
    return null;
  }

  @Override
  public boolean canBeOpener(
      String before,
      String after,
      boolean leftFlanking,
      boolean rightFlanking,
      boolean beforeIsPunctuation,
      boolean afterIsPunctuation,
      boolean beforeIsWhitespace,
      boolean afterIsWhiteSpace) {
    return leftFlanking;
  }

  @Override
  public boolean canBeCloser(
      String before,
      String after,
      boolean leftFlanking,
      boolean rightFlanking,
      boolean beforeIsPunctuation,
      boolean afterIsPunctuation,
      boolean beforeIsWhitespace,
      boolean afterIsWhiteSpace) {
    return rightFlanking;
  }

  @Override
  public boolean skipNonOpenerCloser() {
    return false;
  }
}
