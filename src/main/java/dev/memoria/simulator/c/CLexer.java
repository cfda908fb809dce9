package dev.memoria.simulator.c;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits C source into tokens, dropping the {@code #include} lines of the allowed headers. */
final class CLexer {

  private static final Set<String> HEADERS =
      Set.of("stdio.h", "stdlib.h", "string.h", "stddef.h", "stdbool.h");
  private static final String[] PUNCTS = {
    "<<=", ">>=", "...", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "+=",
    "-=", "*=", "/=", "%=", "&=", "^=", "|=", "{", "}", "(", ")", "[", "]", ";", ",", ".", "?", ":",
    "+", "-", "*", "/", "%", "&", "|", "^", "!", "~", "<", ">", "="
  };

  private final String src;
  private int pos;
  private int line = 1;
  private int lineStart;
  private boolean atLineStart = true;

  private CLexer(String src) {
    this.src = src;
  }

  static List<Token> tokens(String source) {
    return new CLexer(source).run();
  }

  private List<Token> run() {
    List<Token> out = new ArrayList<>();
    while (true) {
      skipSpace();
      if (pos >= src.length()) {
        out.add(new Token(Token.Kind.EOF, "", line, col(pos), pos, pos, 0, ""));
        return out;
      }
      char c = src.charAt(pos);
      if (c == '#' && atLineStart) {
        directive();
        continue;
      }
      atLineStart = false;
      int start = pos;
      int column = col(pos);
      if (Character.isLetter(c) || c == '_') {
        while (pos < src.length()
            && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
          pos++;
        }
        out.add(
            new Token(
                Token.Kind.IDENT, src.substring(start, pos), line, column, start, pos, 0, ""));
      } else if (Character.isDigit(c)
          || (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1)))) {
        out.add(number(start, column));
      } else if (c == '\'') {
        pos++;
        long value = escapedChar();
        if (pos >= src.length() || src.charAt(pos) != '\'') {
          throw new Unsupported(line, column, "multi-character constants are not supported");
        }
        pos++;
        out.add(new Token(Token.Kind.CHAR, "", line, column, start, pos, (byte) value, ""));
      } else if (c == '"') {
        pos++;
        StringBuilder text = new StringBuilder();
        while (pos < src.length() && src.charAt(pos) != '"') {
          if (src.charAt(pos) == '\n') {
            throw new Unsupported(line, column, "unterminated string literal");
          }
          text.append((char) (escapedChar() & 0xFF));
        }
        pos++;
        out.add(new Token(Token.Kind.STRING, text.toString(), line, column, start, pos, 0, ""));
      } else {
        String punct = null;
        for (String p : PUNCTS) {
          if (src.startsWith(p, pos)) {
            punct = p;
            break;
          }
        }
        if (punct == null) {
          throw new Unsupported(line, column, "unexpected character `" + c + "`");
        }
        pos += punct.length();
        out.add(new Token(Token.Kind.PUNCT, punct, line, column, start, pos, 0, ""));
      }
    }
  }

  private int col(int at) {
    return at - lineStart + 1;
  }

  private void newline() {
    line++;
    lineStart = pos;
    atLineStart = true;
  }

  private void skipSpace() {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '\n') {
        pos++;
        newline();
      } else if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
        pos++;
      } else if (src.startsWith("//", pos)) {
        while (pos < src.length() && src.charAt(pos) != '\n') {
          pos++;
        }
      } else if (src.startsWith("/*", pos)) {
        int close = src.indexOf("*/", pos + 2);
        if (close < 0) {
          throw new Unsupported(line, col(pos), "unterminated comment");
        }
        while (pos < close + 2) {
          if (src.charAt(pos++) == '\n') {
            newline();
          }
        }
      } else {
        return;
      }
    }
  }

  private void directive() {
    int start = pos;
    int end = src.indexOf('\n', pos);
    end = end < 0 ? src.length() : end;
    String text = src.substring(start, end);
    int comment = text.indexOf("//");
    String body = (comment >= 0 ? text.substring(0, comment) : text).strip();
    String rest = body.substring(1).strip();
    if (rest.startsWith("include")) {
      String header = rest.substring("include".length()).strip();
      if (header.length() > 2
          && header.charAt(0) == '<'
          && header.charAt(header.length() - 1) == '>'
          && HEADERS.contains(header.substring(1, header.length() - 1))) {
        pos = end;
        return;
      }
      throw new Unsupported(
          line,
          col(start),
          "`#include "
              + header
              + "` is not supported by the simulator; it knows stdio.h, stdlib.h, string.h,"
              + " stddef.h and stdbool.h");
    }
    String word = rest.split("[^A-Za-z_]", 2)[0];
    throw new Unsupported(
        line, col(start), "the preprocessor directive `#" + word + "` is not supported");
  }

  private Token number(int start, int column) {
    boolean isFloat = false;
    boolean hex = src.startsWith("0x", pos) || src.startsWith("0X", pos);
    if (hex) {
      pos += 2;
      while (pos < src.length() && Character.digit(src.charAt(pos), 16) >= 0) {
        pos++;
      }
    } else {
      while (pos < src.length()) {
        char c = src.charAt(pos);
        if (Character.isDigit(c)) {
          pos++;
        } else if (c == '.') {
          isFloat = true;
          pos++;
        } else if ((c == 'e' || c == 'E')) {
          isFloat = true;
          pos++;
          if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
            pos++;
          }
        } else {
          break;
        }
      }
    }
    int digitsEnd = pos;
    while (pos < src.length() && Character.isLetter(src.charAt(pos))) {
      pos++;
    }
    String suffix = src.substring(digitsEnd, pos).toLowerCase(java.util.Locale.ROOT);
    String digits = src.substring(start, digitsEnd);
    if (isFloat) {
      if (!suffix.isEmpty()) {
        throw new Unsupported(line, column, "`float` literals are not supported; use double");
      }
      double value = Double.parseDouble(digits);
      return new Token(
          Token.Kind.FLOAT,
          digits,
          line,
          column,
          start,
          pos,
          Double.doubleToRawLongBits(value),
          "");
    }
    if (!suffix.matches("u?l{0,2}|l{1,2}u")) {
      throw new Unsupported(line, column, "bad integer literal `" + digits + suffix + "`");
    }
    long value;
    try {
      if (hex) {
        value = Long.parseUnsignedLong(digits.substring(2), 16);
      } else if (digits.length() > 1 && digits.charAt(0) == '0') {
        value = Long.parseUnsignedLong(digits.substring(1), 8);
      } else {
        value = Long.parseUnsignedLong(digits);
      }
    } catch (NumberFormatException e) {
      throw new Unsupported(line, column, "integer literal `" + digits + "` is out of range");
    }
    return new Token(Token.Kind.INT, digits, line, column, start, pos, value, suffix);
  }

  private long escapedChar() {
    char c = src.charAt(pos++);
    if (c != '\\') {
      if (c > 127) {
        throw new Unsupported(
            line, col(pos - 1), "non-ASCII characters in literals are not supported");
      }
      return c;
    }
    char e = src.charAt(pos++);
    switch (e) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case '0', '1', '2', '3', '4', '5', '6', '7':
        int value = e - '0';
        for (int i = 0;
            i < 2 && pos < src.length() && src.charAt(pos) >= '0' && src.charAt(pos) <= '7';
            i++) {
          value = value * 8 + (src.charAt(pos++) - '0');
        }
        return value;
      case 'x':
        int hexValue = 0;
        while (pos < src.length() && Character.digit(src.charAt(pos), 16) >= 0) {
          hexValue = hexValue * 16 + Character.digit(src.charAt(pos++), 16);
        }
        return hexValue & 0xFF;
      case 'a':
        return 7;
      case 'b':
        return 8;
      case 'f':
        return 12;
      case 'v':
        return 11;
      case '\\', '\'', '"', '?':
        return e;
      default:
        throw new Unsupported(line, col(pos - 2), "unknown escape `\\" + e + "`");
    }
  }
}
