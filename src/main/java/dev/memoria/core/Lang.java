package dev.memoria.core;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A language code such as {@code es} or {@code en}.
 *
 * <p>Codes are validated because they become file names and {@code lang} attributes: only
 * BCP-47-like codes ({@code pt-BR}) are accepted, which keeps them safe in paths and HTML.
 */
public record Lang(String code) implements Comparable<Lang> {

  // Declared before the constants below: they are validated against it while the class loads.
  private static final Pattern VALID = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");

  public static final Lang EN = new Lang("en");
  public static final Lang ES = new Lang("es");

  public Lang {
    if (!VALID.matcher(code).matches()) {
      throw new IllegalArgumentException("not a language code: " + code);
    }
  }

  /** Parses a user-written code ({@code "ES"}, {@code " es "}); empty when it is not valid. */
  public static Optional<Lang> parse(String text) {
    String trimmed = text.strip();
    int dash = trimmed.indexOf('-');
    String normalised =
        dash < 0
            ? trimmed.toLowerCase(Locale.ROOT)
            : trimmed.substring(0, dash).toLowerCase(Locale.ROOT) + trimmed.substring(dash);
    return VALID.matcher(normalised).matches()
        ? Optional.of(new Lang(normalised))
        : Optional.empty();
  }

  @Override
  public int compareTo(Lang other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
