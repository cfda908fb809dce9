package dev.memoria.simulator;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * The step markers of one program, and the marker comments that could not be read.
 *
 * @param markers every marker in source order
 * @param problems unknown markers and malformed arguments
 */
public record Markers(List<Marker> markers, List<MarkerProblem> problems) {
  public Markers {
    markers = List.copyOf(markers);
    problems = List.copyOf(problems);
  }

  /** True when some line asks for a step ({@code @show} or {@code @show(before)}). */
  public boolean anyShown() {
    return markers.stream()
        .anyMatch(m -> m.kind() == MarkerKind.SHOW || m.kind() == MarkerKind.SHOW_BEFORE);
  }

  /** The marker of this kind on this line, if there is one. */
  public Optional<Marker> on(int line, MarkerKind kind) {
    for (Marker marker : markers) {
      if (marker.line() == line && marker.kind() == kind) {
        return Optional.of(marker);
      }
    }
    return Optional.empty();
  }

  /** The {@code @expect} markers, in source order. */
  public List<Marker> expectations() {
    return markers.stream().filter(m -> m.kind() == MarkerKind.EXPECT).toList();
  }

  /**
   * The lines not displayed: those marked {@code @hide} and those from {@code @hide-start} to
   * {@code @hide-end}, both included (bit {@code n} is line {@code n}).
   */
  public BitSet hiddenLines() {
    BitSet hidden = new BitSet();
    int regionStart = 0;
    for (Marker marker : markers) {
      switch (marker.kind()) {
        case HIDE -> hidden.set(marker.line());
        case HIDE_START -> regionStart = regionStart == 0 ? marker.line() : regionStart;
        case HIDE_END -> {
          if (regionStart > 0) {
            hidden.set(regionStart, marker.line() + 1);
            regionStart = 0;
          }
        }
        default -> {}
      }
    }
    return hidden;
  }
}
