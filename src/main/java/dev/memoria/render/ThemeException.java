package dev.memoria.render;

import java.io.IOException;

/** A theme folder that cannot be used: a missing or broken template or strings file. */
public final class ThemeException extends IOException {
  private static final long serialVersionUID = 1L;

  public ThemeException(String message) {
    super(message);
  }

  public ThemeException(String message, Throwable cause) {
    super(message, cause);
  }
}
