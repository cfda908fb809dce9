package dev.memoria.markdown;

import dev.memoria.core.SourcePos;

/**
 * The HTML ids that let a report point into a note's page: the renderer writes them and {@code
 * check} links to them. They contain {@code _}, which heading slugs never do, so they cannot clash
 * with heading ids.
 */
public final class PageAnchors {

  private PageAnchors() {}

  /** The id of a link or embed that does not resolve cleanly, from where it is written. */
  public static String link(SourcePos pos) {
    return "m_" + pos.line() + "_" + pos.column();
  }

  /** The id of a gap marker, from the line it is on. */
  public static String gap(SourcePos pos) {
    return "gap_" + pos.line();
  }

  /** The id of a scenario block's figure, from the line of its opening fence. */
  public static String scenario(SourcePos fence) {
    return "mem_" + fence.line();
  }
}
