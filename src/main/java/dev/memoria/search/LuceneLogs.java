package dev.memoria.search;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Quiets Lucene's start-up notes about the running JDK ("to make full use of the Vector API, please
 * update Apache Lucene" on Java 23+), which speak to Lucene's developers, not to Memoria's users,
 * and would otherwise end every {@code memoria search} and build on a newer JDK. Errors still show.
 */
final class LuceneLogs {

  /** Held so the level set here is not lost when the logger is collected. */
  private static final Logger VECTORIZATION =
      Logger.getLogger("org.apache.lucene.internal.vectorization");

  static {
    VECTORIZATION.setLevel(Level.SEVERE);
  }

  private LuceneLogs() {}

  /** Makes sure the levels are set; call before Lucene's first use. */
  static void quiet() {
    // The static initializer did the work.
  }
}
