package dev.memoria.simulator.rust.syntax;

import dev.memoria.simulator.trace.Problem;
import dev.memoria.simulator.trace.Span;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Splits Rust source text into tokens; problems go to a list, the lexer never throws. */
final class Lexer {

  private final int[] chars;
  private final List<Problem> problems;
  private final List<Token> tokens = new ArrayList<>();
  private int pos;
  private int line = 1;
  private int column = 1;
  private int startPos;
  private int startLine;
  private int startColumn;

  Lexer(String source, List<Problem> problems) {
    this.chars = source.codePoints().toArray();
    this.problems = problems;
  }

  /** Every token, ending with {@link TokenKind#EOF}. */
  List<Token> lex() {
    while (true) {
      skipTrivia();
      startPos = pos;
      startLine = line;
      startColumn = column;
      if (pos >= chars.length) {
        tokens.add(new Token(TokenKind.EOF, "", "", Span.at(line, column)));
        return tokens;
      }
      lexToken();
    }
  }

  private void skipTrivia() {
    while (pos < chars.length) {
      int c = chars[pos];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xFEFF) {
        advance();
      } else if (c == '/' && peek(1) == '/') {
        while (pos < chars.length && chars[pos] != '\n') {
          advance();
        }
      } else if (c == '/' && peek(1) == '*') {
        skipBlockComment();
      } else {
        return;
      }
    }
  }

  private void skipBlockComment() {
    int line0 = line;
    int column0 = column;
    advance();
    advance();
    int depth = 1;
    while (pos < chars.length && depth > 0) {
      if (chars[pos] == '/' && peek(1) == '*') {
        advance();
        advance();
        depth++;
      } else if (chars[pos] == '*' && peek(1) == '/') {
        advance();
        advance();
        depth--;
      } else {
        advance();
      }
    }
    if (depth > 0) {
      problems.add(
          new Problem(Span.at(line0, column0), "syntax error: unterminated block comment"));
    }
  }

  private void lexToken() {
    int c = chars[pos];
    if (c == '"') {
      advance();
      lexString(TokenKind.STRING);
    } else if (c == '\'') {
      lexQuote();
    } else if (c >= '0' && c <= '9') {
      lexNumber();
    } else if (isIdentStart(c)) {
      lexIdentOrPrefixedLiteral();
    } else {
      lexPunct(c);
    }
  }

  private void lexIdentOrPrefixedLiteral() {
    int c = chars[pos];
    // Prefixed literals: r"..", r#".."#, b"..", b'.', br"..", c"..".
    if (c == 'r' && (peek(1) == '"' || (peek(1) == '#' && (peek(2) == '"' || peek(2) == '#')))) {
      advance();
      lexRawString(TokenKind.STRING);
      return;
    }
    if ((c == 'b' || c == 'c') && peek(1) == '"') {
      advance();
      advance();
      lexString(TokenKind.OTHER_LITERAL);
      return;
    }
    if ((c == 'b' || c == 'c')
        && peek(1) == 'r'
        && (peek(2) == '"' || (peek(2) == '#' && peek(3) == '"'))) {
      advance();
      advance();
      lexRawString(TokenKind.OTHER_LITERAL);
      return;
    }
    if (c == 'b' && peek(1) == '\'') {
      advance();
      advance();
      if (pos < chars.length && chars[pos] == '\\') {
        readEscape();
      } else if (pos < chars.length) {
        advance();
      }
      expectClosingQuote();
      add(TokenKind.OTHER_LITERAL, text(), "");
      return;
    }
    if (c == 'r' && peek(1) == '#' && isIdentStart(peek(2))) {
      advance();
      advance();
      readIdentChars();
      problems.add(
          new Problem(span(), "raw identifiers (`r#name`) are not supported by the simulator"));
      add(TokenKind.ERROR, text(), "");
      return;
    }
    readIdentChars();
    add(TokenKind.IDENT, text(), "");
  }

  private void readIdentChars() {
    while (pos < chars.length && isIdentPart(chars[pos])) {
      advance();
    }
  }

  private void lexString(TokenKind kind) {
    StringBuilder value = new StringBuilder();
    while (true) {
      if (pos >= chars.length) {
        problems.add(new Problem(startSpan(), "syntax error: unterminated string literal"));
        break;
      }
      int c = chars[pos];
      if (c == '"') {
        advance();
        break;
      }
      if (c == '\\') {
        if (peek(1) == '\n') {
          // A backslash at the end of a line skips the newline and the next line's indentation.
          advance();
          while (pos < chars.length && Character.isWhitespace(chars[pos])) {
            advance();
          }
          continue;
        }
        int decoded = readEscape();
        if (decoded >= 0) {
          value.appendCodePoint(decoded);
        }
        continue;
      }
      value.appendCodePoint(c);
      advance();
    }
    add(kind, value.toString(), readSuffixIfAny());
  }

  private void lexRawString(TokenKind kind) {
    int hashes = 0;
    while (pos < chars.length && chars[pos] == '#') {
      hashes++;
      advance();
    }
    if (pos >= chars.length || chars[pos] != '"') {
      problems.add(new Problem(startSpan(), "syntax error: malformed raw string literal"));
      add(TokenKind.ERROR, text(), "");
      return;
    }
    advance();
    StringBuilder value = new StringBuilder();
    while (true) {
      if (pos >= chars.length) {
        problems.add(new Problem(startSpan(), "syntax error: unterminated raw string literal"));
        break;
      }
      if (chars[pos] == '"' && closesRaw(hashes)) {
        advance();
        for (int i = 0; i < hashes; i++) {
          advance();
        }
        break;
      }
      value.appendCodePoint(chars[pos]);
      advance();
    }
    add(kind, value.toString(), readSuffixIfAny());
  }

  private boolean closesRaw(int hashes) {
    for (int i = 1; i <= hashes; i++) {
      if (peek(i) != '#') {
        return false;
      }
    }
    return true;
  }

  /** A char literal {@code 'x'} or a lifetime {@code 'a}. */
  private void lexQuote() {
    advance();
    int c = peek(0);
    if (c == '\\') {
      int decoded = readEscape();
      expectClosingQuote();
      add(TokenKind.CHAR, decoded >= 0 ? new String(Character.toChars(decoded)) : "", "");
      return;
    }
    if (c >= 0 && peek(1) == '\'') {
      advance();
      advance();
      add(TokenKind.CHAR, new String(Character.toChars(c)), readSuffixIfAny());
      return;
    }
    if (c >= 0 && isIdentStart(c)) {
      readIdentChars();
      add(TokenKind.LIFETIME, text(), "");
      return;
    }
    problems.add(new Problem(startSpan(), "syntax error: malformed character literal"));
    if (c >= 0) {
      advance();
    }
    add(TokenKind.ERROR, text(), "");
  }

  private void expectClosingQuote() {
    if (peek(0) == '\'') {
      advance();
    } else {
      problems.add(new Problem(startSpan(), "syntax error: unterminated character literal"));
    }
  }

  /** Reads an escape at {@code pos} (a backslash); returns the code point, or -1 if malformed. */
  private int readEscape() {
    int line0 = line;
    int column0 = column;
    advance();
    int c = peek(0);
    if (c < 0) {
      return -1;
    }
    advance();
    switch (c) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case '0':
        return 0;
      case '\\':
        return '\\';
      case '\'':
        return '\'';
      case '"':
        return '"';
      case 'x':
        {
          int value = 0;
          for (int i = 0; i < 2; i++) {
            int digit = Character.digit(peek(0), 16);
            if (peek(0) < 0 || digit < 0) {
              return badEscape(line0, column0);
            }
            value = value * 16 + digit;
            advance();
          }
          return value <= 0x7F ? value : badEscape(line0, column0);
        }
      case 'u':
        {
          if (peek(0) != '{') {
            return badEscape(line0, column0);
          }
          advance();
          int value = 0;
          int digits = 0;
          while (peek(0) >= 0 && peek(0) != '}') {
            int digit = Character.digit(peek(0), 16);
            if (peek(0) != '_' && (digit < 0 || digits >= 6)) {
              return badEscape(line0, column0);
            }
            if (peek(0) != '_') {
              value = value * 16 + digit;
              digits++;
            }
            advance();
          }
          if (peek(0) != '}' || digits == 0 || !Character.isValidCodePoint(value)) {
            return badEscape(line0, column0);
          }
          advance();
          return value;
        }
      default:
        return badEscape(line0, column0);
    }
  }

  private int badEscape(int line0, int column0) {
    problems.add(new Problem(Span.at(line0, column0), "syntax error: unknown character escape"));
    return -1;
  }

  private void lexNumber() {
    StringBuilder digits = new StringBuilder();
    int radix = 10;
    if (chars[pos] == '0' && (peek(1) == 'x' || peek(1) == 'o' || peek(1) == 'b')) {
      radix = peek(1) == 'x' ? 16 : peek(1) == 'o' ? 8 : 2;
      advance();
      advance();
      while (pos < chars.length && (chars[pos] == '_' || Character.digit(chars[pos], radix) >= 0)) {
        if (chars[pos] != '_') {
          digits.appendCodePoint(chars[pos]);
        }
        advance();
      }
      String suffix = readSuffixIfAny();
      if (digits.length() == 0) {
        problems.add(new Problem(span(), "syntax error: no digits in the number literal"));
        add(TokenKind.INT, "0", suffix);
        return;
      }
      add(TokenKind.INT, new BigInteger(digits.toString(), radix).toString(), suffix);
      return;
    }
    readDecimalDigits(digits);
    boolean isFloat = false;
    if (peek(0) == '.' && peek(1) != '.' && !isIdentStart(peek(1))) {
      isFloat = true;
      digits.append('.');
      advance();
      if (peek(0) >= '0' && peek(0) <= '9') {
        readDecimalDigits(digits);
      } else {
        digits.append('0');
      }
    }
    if ((peek(0) == 'e' || peek(0) == 'E')
        && (isDigit(peek(1))
            || ((peek(1) == '+' || peek(1) == '-') && isDigit(peek(2)))
            || peek(1) == '_')) {
      isFloat = true;
      digits.append('e');
      advance();
      if (peek(0) == '+' || peek(0) == '-') {
        digits.appendCodePoint(peek(0));
        advance();
      }
      readDecimalDigits(digits);
    }
    String suffix = readSuffixIfAny();
    if (suffix.equals("f32") || suffix.equals("f64")) {
      isFloat = true;
    }
    add(isFloat ? TokenKind.FLOAT : TokenKind.INT, digits.toString(), suffix);
  }

  private void readDecimalDigits(StringBuilder digits) {
    while (pos < chars.length && (isDigit(chars[pos]) || chars[pos] == '_')) {
      if (chars[pos] != '_') {
        digits.appendCodePoint(chars[pos]);
      }
      advance();
    }
  }

  private String readSuffixIfAny() {
    if (pos < chars.length && isIdentStart(chars[pos])) {
      int from = pos;
      readIdentChars();
      return new String(chars, from, pos - from);
    }
    return "";
  }

  private void lexPunct(int c) {
    TokenKind kind;
    int length = 1;
    int n = peek(1);
    int n2 = peek(2);
    switch (c) {
      case '(' -> kind = TokenKind.LPAREN;
      case ')' -> kind = TokenKind.RPAREN;
      case '{' -> kind = TokenKind.LBRACE;
      case '}' -> kind = TokenKind.RBRACE;
      case '[' -> kind = TokenKind.LBRACKET;
      case ']' -> kind = TokenKind.RBRACKET;
      case ',' -> kind = TokenKind.COMMA;
      case ';' -> kind = TokenKind.SEMI;
      case '#' -> kind = TokenKind.POUND;
      case '$' -> kind = TokenKind.DOLLAR;
      case '?' -> kind = TokenKind.QUESTION;
      case '@' -> kind = TokenKind.AT;
      case '~' -> kind = TokenKind.TILDE;
      case ':' -> {
        kind = n == ':' ? TokenKind.PATH_SEP : TokenKind.COLON;
        length = n == ':' ? 2 : 1;
      }
      case '.' -> {
        if (n == '.' && n2 == '.') {
          kind = TokenKind.DOT_DOT_DOT;
          length = 3;
        } else if (n == '.' && n2 == '=') {
          kind = TokenKind.DOT_DOT_EQ;
          length = 3;
        } else if (n == '.') {
          kind = TokenKind.DOT_DOT;
          length = 2;
        } else {
          kind = TokenKind.DOT;
        }
      }
      case '=' -> {
        if (n == '=') {
          kind = TokenKind.EQ_EQ;
          length = 2;
        } else if (n == '>') {
          kind = TokenKind.FAT_ARROW;
          length = 2;
        } else {
          kind = TokenKind.EQ;
        }
      }
      case '!' -> {
        kind = n == '=' ? TokenKind.NE : TokenKind.NOT;
        length = n == '=' ? 2 : 1;
      }
      case '<' -> {
        if (n == '<' && n2 == '=') {
          kind = TokenKind.SHL_EQ;
          length = 3;
        } else if (n == '<') {
          kind = TokenKind.SHL;
          length = 2;
        } else if (n == '=') {
          kind = TokenKind.LE;
          length = 2;
        } else {
          kind = TokenKind.LT;
        }
      }
      case '>' -> {
        if (n == '>' && n2 == '=') {
          kind = TokenKind.SHR_EQ;
          length = 3;
        } else if (n == '>') {
          kind = TokenKind.SHR;
          length = 2;
        } else if (n == '=') {
          kind = TokenKind.GE;
          length = 2;
        } else {
          kind = TokenKind.GT;
        }
      }
      case '-' -> {
        if (n == '>') {
          kind = TokenKind.ARROW;
          length = 2;
        } else if (n == '=') {
          kind = TokenKind.MINUS_EQ;
          length = 2;
        } else {
          kind = TokenKind.MINUS;
        }
      }
      case '+' -> {
        kind = n == '=' ? TokenKind.PLUS_EQ : TokenKind.PLUS;
        length = n == '=' ? 2 : 1;
      }
      case '*' -> {
        kind = n == '=' ? TokenKind.STAR_EQ : TokenKind.STAR;
        length = n == '=' ? 2 : 1;
      }
      case '/' -> {
        kind = n == '=' ? TokenKind.SLASH_EQ : TokenKind.SLASH;
        length = n == '=' ? 2 : 1;
      }
      case '%' -> {
        kind = n == '=' ? TokenKind.PERCENT_EQ : TokenKind.PERCENT;
        length = n == '=' ? 2 : 1;
      }
      case '^' -> {
        kind = n == '=' ? TokenKind.CARET_EQ : TokenKind.CARET;
        length = n == '=' ? 2 : 1;
      }
      case '&' -> {
        if (n == '&') {
          kind = TokenKind.AND_AND;
          length = 2;
        } else if (n == '=') {
          kind = TokenKind.AND_EQ;
          length = 2;
        } else {
          kind = TokenKind.AND;
        }
      }
      case '|' -> {
        if (n == '|') {
          kind = TokenKind.OR_OR;
          length = 2;
        } else if (n == '=') {
          kind = TokenKind.OR_EQ;
          length = 2;
        } else {
          kind = TokenKind.OR;
        }
      }
      default -> {
        kind = TokenKind.ERROR;
        problems.add(
            new Problem(
                Span.at(line, column),
                "syntax error: unknown start of token `" + new String(Character.toChars(c)) + "`"));
      }
    }
    for (int i = 0; i < length; i++) {
      advance();
    }
    add(kind, text(), "");
  }

  private void add(TokenKind kind, String text, String suffix) {
    tokens.add(new Token(kind, text, suffix, span()));
  }

  private String text() {
    return new String(chars, startPos, pos - startPos);
  }

  private Span span() {
    return new Span(startLine, startColumn, line, column);
  }

  private Span startSpan() {
    return Span.at(startLine, startColumn);
  }

  private int peek(int ahead) {
    int i = pos + ahead;
    return i < chars.length ? chars[i] : -1;
  }

  private void advance() {
    if (chars[pos] == '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
    pos++;
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  static boolean isIdentStart(int c) {
    return c == '_' || (c >= 0 && Character.isUnicodeIdentifierStart(c));
  }

  private static boolean isIdentPart(int c) {
    return c >= 0 && Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
  }
}
