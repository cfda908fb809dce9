package dev.memoria.scenarios;

import java.util.Objects;

/**
 * Why a scenario is not what its author said it is: a failure nobody expected, an expectation not
 * met, a marker the simulator cannot read, or a program it cannot judge.
 *
 * @param line the program line (1-based) the problem is on
 * @param column the column on it
 * @param message what happened and what to do
 */
public record ScenarioProblem(int line, int column, String message) {
  public ScenarioProblem {
    Objects.requireNonNull(message);
  }
}
