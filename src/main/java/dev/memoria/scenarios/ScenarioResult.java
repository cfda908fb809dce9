package dev.memoria.scenarios;

import dev.memoria.markdown.ScenarioBlock;
import dev.memoria.simulator.Simulation;
import java.util.List;
import java.util.Objects;

/**
 * A scenario block after simulation.
 *
 * @param block the block as found in its note
 * @param simulation its trace and verdict
 * @param problems what does not match the author's expectations (empty when the block is fine),
 *     with program lines; {@link ScenarioBlock#pos} maps them to the note
 */
public record ScenarioResult(
    ScenarioBlock block, Simulation simulation, List<ScenarioProblem> problems) {
  public ScenarioResult {
    Objects.requireNonNull(block);
    Objects.requireNonNull(simulation);
    problems = List.copyOf(problems);
  }
}
