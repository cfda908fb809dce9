package dev.memoria.simulator.rust.run;

/**
 * One {@code {...}} of a format string: which argument, and how to print it.
 *
 * @param position the argument's index, or -1 when it is named
 * @param name the argument's name for {@code {name}}, empty otherwise
 * @param fill the fill character
 * @param align '<', '>', '^', or 0 for the type's default
 * @param sign true for {@code +}
 * @param alternate true for {@code #}
 * @param zero true for {@code 0} (sign-aware zero padding)
 * @param width the minimum width, -1 for none
 * @param precision digits after the point (or maximum characters for strings), -1 for none
 * @param kind the trait letter: ' ' Display, '?' Debug, 'x', 'X', 'b', 'o', 'e'
 */
record FormatSpec(
    int position,
    String name,
    int fill,
    char align,
    boolean sign,
    boolean alternate,
    boolean zero,
    int width,
    int precision,
    char kind) {

  boolean plain() {
    return align == 0 && !sign && !alternate && !zero && width < 0 && precision < 0;
  }
}
