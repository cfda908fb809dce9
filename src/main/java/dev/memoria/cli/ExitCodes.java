package dev.memoria.cli;

/** The exit codes of every command, named so scripts and tests agree on them. */
public final class ExitCodes {

  /** The command did its work (problems in notes may have been reported). */
  public static final int OK = 0;

  /** The build failed, or with {@code --strict} a note had an error. */
  public static final int FAILED = 1;

  /** The command line or the configuration was unusable; nothing was done. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
