package dev.memoria.simulator;

import java.util.Objects;

/**
 * A marker comment the simulator cannot use, such as {@code // @shwo}.
 *
 * @param line its line (1-based)
 * @param column the column of its {@code @}
 * @param message what is wrong and what to write instead
 */
public record MarkerProblem(int line, int column, String message) {
  public MarkerProblem {
    Objects.requireNonNull(message);
  }
}
