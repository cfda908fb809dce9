package dev.memoria.scenarios;

import dev.memoria.core.Lang;
import dev.memoria.core.NoteId;
import dev.memoria.links.NoteGraph;
import dev.memoria.markdown.PageAnchors;
import dev.memoria.markdown.ParsedNote;
import dev.memoria.markdown.ScenarioBlock;
import dev.memoria.simulator.Dialect;
import dev.memoria.simulator.Limits;
import dev.memoria.simulator.Program;
import dev.memoria.simulator.Simulation;
import dev.memoria.simulator.Simulator;
import dev.memoria.simulator.svg.Diagram;
import dev.memoria.simulator.svg.DiagramLanguage;
import dev.memoria.simulator.svg.DiagramRenderer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Runs scenario programs through the simulator and judges them against their expectations. */
public final class ScenarioRunner {

  /** A block option declaring an intended failure anywhere in the block: {@code expect=E0382}. */
  private static final String EXPECT = "expect=";

  private final Simulator simulator;

  /** A runner that stops runaway programs at these limits. */
  public ScenarioRunner(Limits limits) {
    this.simulator = new Simulator(limits);
  }

  /**
   * Simulates every scenario block of the published notes. Notes are independent, so they run on
   * every core.
   */
  public Scenarios runAll(NoteGraph graph) {
    return runAll(graph, false);
  }

  /**
   * Simulates every scenario block of the published notes and draws each as a figure, its words in
   * the note's language (English for a language other than Spanish).
   */
  public Scenarios runAndDraw(NoteGraph graph) {
    return runAll(graph, true);
  }

  private Scenarios runAll(NoteGraph graph, boolean draw) {
    Map<NoteId, List<ScenarioResult>> byNote =
        graph.notes().values().parallelStream()
            .filter(note -> !note.scenarios().isEmpty())
            .collect(
                Collectors.toMap(
                    ParsedNote::id,
                    note ->
                        note.scenarios().stream()
                            .map(block -> draw ? runAndDraw(block, language(note)) : run(block))
                            .toList()));
    return new Scenarios(byNote);
  }

  private ScenarioResult runAndDraw(ScenarioBlock block, DiagramLanguage language) {
    ScenarioResult result = run(block);
    String id = PageAnchors.scenario(block.fence());
    Diagram diagram = new DiagramRenderer(language).draw(result.simulation(), id);
    return new ScenarioResult(
        block,
        result.simulation(),
        result.problems(),
        Optional.of(FigureMaker.figure(id, block.lang(), result.simulation(), diagram)));
  }

  private static DiagramLanguage language(ParsedNote note) {
    return note.source().lang().equals(Lang.ES) ? DiagramLanguage.ES : DiagramLanguage.EN;
  }

  /** Simulates one scenario block of a note (without drawing it). */
  public ScenarioResult run(ScenarioBlock block) {
    Dialect dialect = Dialect.fromId(block.lang()).orElseThrow();
    String name = block.fence().file() + ":" + block.fence().line();
    Simulation simulation = simulator.run(new Program(name, dialect, block.code()));
    List<String> expected =
        block.options().stream()
            .filter(option -> option.startsWith(EXPECT))
            .map(option -> option.substring(EXPECT.length()))
            .toList();
    return new ScenarioResult(
        block,
        simulation,
        Expectations.judge(simulation, expected, line -> block.pos(line, 1).line()),
        Optional.empty());
  }

  /** Simulates a program file given on its own; its problems use the file's own lines. */
  public ProgramResult run(Program program) {
    Simulation simulation = simulator.run(program);
    return new ProgramResult(simulation, Expectations.judge(simulation, List.of(), line -> line));
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
