package dev.memoria.scenarios;

import dev.memoria.core.NoteId;
import java.util.List;
import java.util.Map;

/**
 * The scenario blocks of the published notes after simulation.
 *
 * @param byNote each note that has scenario blocks to their results, in document order
 */
public record Scenarios(Map<NoteId, List<ScenarioResult>> byNote) {

  /** No scenario blocks at all. */
  public static final Scenarios NONE = new Scenarios(Map.of());

  public Scenarios {
    byNote = Map.copyOf(byNote);
  }

  /** The results of one note's blocks, in document order; empty when it has none. */
  public List<ScenarioResult> of(NoteId note) {
    return byNote.getOrDefault(note, List.of());
  }
}
