package dev.memoria.simulator.rust.syntax;

import dev.memoria.simulator.trace.Span;
import java.util.Objects;

/**
 * One token.
 *
 * @param kind what it is
 * @param text the source text, except for string and char literals, where it is the decoded value
 *     (escapes applied), and for numbers, where underscores are removed and the suffix is apart
 * @param suffix a literal's type suffix such as {@code u8}, or empty
 * @param span where it is
 */
public record Token(TokenKind kind, String text, String suffix, Span span) {
  public Token {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(text);
    Objects.requireNonNull(suffix);
    Objects.requireNonNull(span);
  }

  /** Whether this is the identifier or keyword {@code word}. */
  public boolean is(String word) {
    return kind == TokenKind.IDENT && text.equals(word);
  }
}
