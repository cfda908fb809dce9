package dev.memoria.simulator;

import java.util.Locale;
import java.util.Optional;

/** The source language of a scenario program. */
public enum Dialect {
  RUST("rust", ".rs"),
  C("c", ".c");

  private final String id;
  private final String extension;

  Dialect(String id, String extension) {
    this.id = id;
    this.extension = extension;
  }

  /** The name used in info strings, JSON and on the command line: {@code rust} or {@code c}. */
  public String id() {
    return id;
  }

  /** The file name extension of a stand-alone program, with its dot. */
  public String extension() {
    return extension;
  }

  /** The dialect named {@code rust} or {@code c} (any case). */
  public static Optional<Dialect> fromId(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    for (Dialect dialect : values()) {
      if (dialect.id.equals(wanted)) {
        return Optional.of(dialect);
      }
    }
    return Optional.empty();
  }

  /** The dialect of a file named {@code *.rs} or {@code *.c}. */
  public static Optional<Dialect> fromFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (Dialect dialect : values()) {
      if (lower.endsWith(dialect.extension)) {
        return Optional.of(dialect);
      }
    }
    return Optional.empty();
  }
}
