package dev.memoria.cli;

import java.io.Console;

/** Whether the command talks to a person at a terminal (colours, progress bars) or to a file. */
final class Terminal {

  private Terminal() {}

  /**
   * Whether standard output is a terminal. From Java 22 {@link System#console()} also answers when
   * output is redirected, and only {@code Console.isTerminal()} (absent in 17) tells.
   */
  static boolean attached() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
