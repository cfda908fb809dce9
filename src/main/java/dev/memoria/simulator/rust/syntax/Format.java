package dev.memoria.simulator.rust.syntax;

import dev.memoria.simulator.trace.Span;
import java.util.List;
import java.util.Objects;

/**
 * The arguments of a formatting macro ({@code println!}, {@code print!}, {@code format!}, {@code
 * panic!}, an assertion's message), with the template already split into pieces.
 *
 * @param template the string literal's span
 * @param pieces the template in order: literal text and placeholders
 * @param args every argument in evaluation order: the explicit ones as written (named ones
 *     included), then one {@link Expr.Path} per variable captured inline ({@code {name}}), whose
 *     span is the {@code {name}} inside the literal
 */
public record Format(Span template, List<Piece> pieces, List<Expr> args) {
  public Format {
    Objects.requireNonNull(template);
    pieces = List.copyOf(pieces);
    args = List.copyOf(args);
  }

  /** A piece of a template. */
  public sealed interface Piece {}

  /** Literal text, with {@code {{}} and {@code }}} already unescaped. */
  public record Text(String text) implements Piece {
    public Text {
      Objects.requireNonNull(text);
    }
  }

  /**
   * A placeholder such as {@code {}}, {@code {:?}}, {@code {0}}, {@code {name}}.
   *
   * @param arg index into {@link Format#args()}
   * @param style Display or Debug
   * @param span the placeholder inside the literal (the literal's span when it had escapes)
   */
  public record Placeholder(int arg, Style style, Span span) implements Piece {
    public Placeholder {
      Objects.requireNonNull(style);
      Objects.requireNonNull(span);
    }
  }

  /** How a placeholder formats its argument. */
  public enum Style {
    /** {@code {}}: {@code Display}. */
    DISPLAY,
    /** {@code {:?}}: {@code Debug}. */
    DEBUG,
    /** {@code {:#?}}: pretty {@code Debug}. */
    PRETTY_DEBUG
  }
}
