package dev.memoria.simulator;

import java.util.Objects;

/**
 * A scenario program to simulate.
 *
 * @param name where it comes from, for messages (a file name, or a note and block number)
 * @param dialect Rust or C
 * @param source the program text exactly as written, step markers included; lines end in {@code \n}
 */
public record Program(String name, Dialect dialect, String source) {
  public Program {
    Objects.requireNonNull(name);
    Objects.requireNonNull(dialect);
    source = source.replace("\r\n", "\n").replace('\r', '\n');
  }
}
