package dev.memoria.simulator.c;

/**
 * A C token.
 *
 * @param kind what it is
 * @param text identifier, keyword or punctuator text; the decoded contents of a string literal
 * @param line 1-based line
 * @param column 1-based column
 * @param start offset of its first character in the source
 * @param end offset just after it
 * @param number an integer or char literal's value, or a float literal's raw bits
 * @param suffix an integer literal's suffix in lower case ({@code ul}), else empty
 */
record Token(
    Token.Kind kind,
    String text,
    int line,
    int column,
    int start,
    int end,
    long number,
    String suffix) {

  enum Kind {
    IDENT,
    INT,
    FLOAT,
    CHAR,
    STRING,
    PUNCT,
    EOF
  }

  boolean is(String punct) {
    return (kind == Kind.PUNCT || kind == Kind.IDENT) && text.equals(punct);
  }
}
