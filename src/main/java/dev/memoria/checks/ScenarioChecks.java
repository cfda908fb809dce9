package dev.memoria.checks;

import dev.memoria.markdown.PageAnchors;
import dev.memoria.markdown.ParsedNote;
import dev.memoria.markdown.ScenarioBlock;
import dev.memoria.scenarios.ScenarioProblem;
import dev.memoria.scenarios.ScenarioResult;
import dev.memoria.scenarios.Scenarios;
import java.util.List;

/**
 * Finds the scenario blocks of a note that are not what their author declared: a compile error,
 * fault or leak without a matching {@code @expect}, an expectation not met, an unknown marker, or a
 * program the simulator cannot run.
 */
final class ScenarioChecks {

  private final Scenarios scenarios;

  ScenarioChecks(Scenarios scenarios) {
    this.scenarios = scenarios;
  }

  void check(ParsedNote note, Findings out) {
    if (!out.enabled(FindingCode.SCENARIO_FAILED)) {
      return;
    }
    for (ScenarioResult result : scenarios.of(note.id())) {
      ScenarioBlock block = result.block();
      for (ScenarioProblem problem : result.problems()) {
        out.add(
            FindingCode.SCENARIO_FAILED,
            note,
            block.pos(problem.line(), problem.column()),
            "```" + block.lang() + " memory",
            List.of(),
            PageAnchors.scenario(block.fence()),
            "scenario block " + block.index() + " (" + block.lang() + "): " + problem.message());
      }
    }
  }
}
