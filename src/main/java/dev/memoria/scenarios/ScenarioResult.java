package dev.memoria.scenarios;

import dev.memoria.markdown.ScenarioBlock;
import dev.memoria.simulator.Simulation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scenario block after simulation.
 *
 * @param block the block as found in its note
 * @param simulation its trace and verdict
 * @param problems what does not match the author's expectations (empty when the block is fine),
 *     with program lines; {@link ScenarioBlock#pos} maps them to the note
 * @param figure what the page draws for it, when it was drawn (a build draws, a check does not)
 */
public record ScenarioResult(
    ScenarioBlock block,
    Simulation simulation,
    List<ScenarioProblem> problems,
    Optional<ScenarioFigure> figure) {
  public ScenarioResult {
    Objects.requireNonNull(block);
    Objects.requireNonNull(simulation);
    problems = List.copyOf(problems);
    Objects.requireNonNull(figure);
  }
}
