package dev.memoria.scenarios;

import dev.memoria.markdown.ScenarioBlock;
import dev.memoria.simulator.Dialect;
import dev.memoria.simulator.Limits;
import dev.memoria.simulator.Program;
import dev.memoria.simulator.Simulation;
import dev.memoria.simulator.Simulator;
import java.util.List;

/** Runs scenario programs through the simulator and judges them against their expectations. */
public final class ScenarioRunner {

  /** A block option declaring an intended failure anywhere in the block: {@code expect=E0382}. */
  private static final String EXPECT = "expect=";

  private final Simulator simulator;

  /** A runner that stops runaway programs at these limits. */
  public ScenarioRunner(Limits limits) {
    this.simulator = new Simulator(limits);
  }

  /** Simulates one scenario block of a note. */
  public ScenarioResult run(ScenarioBlock block) {
    Dialect dialect = Dialect.fromId(block.lang()).orElseThrow();
    String name = block.fence().file() + ":" + block.fence().line();
    Simulation simulation = simulator.run(new Program(name, dialect, block.code()));
    List<String> expected =
        block.options().stream()
            .filter(option -> option.startsWith(EXPECT))
            .map(option -> option.substring(EXPECT.length()))
            .toList();
    return new ScenarioResult(block, simulation, Expectations.judge(simulation, expected));
  }

  /** Simulates a program file given on its own; its problems use the file's own lines. */
  public ProgramResult run(Program program) {
    Simulation simulation = simulator.run(program);
    return new ProgramResult(simulation, Expectations.judge(simulation, List.of()));
  }

  /**
   * A stand-alone program after simulation.
   *
   * @param simulation its trace and verdict
   * @param problems what does not match its {@code @expect} markers
   */
  public record ProgramResult(Simulation simulation, List<ScenarioProblem> problems) {
    public ProgramResult {
      problems = List.copyOf(problems);
    }
  }
}
