package dev.memoria.simulator.svg;

import dev.memoria.simulator.trace.When;
import java.util.Objects;
import java.util.Optional;

/**
 * One shown step of a figure.
 *
 * @param number its number in the figure, from 1
 * @param line the program line it belongs to
 * @param when before or after that line ran
 * @param caption the author's caption, or one generated from the step's events
 * @param title "Paso 2, línea 5" / "Step 2, line 5"
 * @param description the whole state in sentences, for screen readers
 * @param id the step's id, such as {@code mem-2-s3}; every id inside the wide SVG starts with it
 *     ({@code mem-2-s3-arrow}, {@code mem-2-s3-hatch}), inside the narrow one with {@code
 *     mem-2-s3n}
 * @param titleId the id of the wide SVG's {@code <title>}
 * @param descId the id of the wide SVG's {@code <desc>}
 * @param wideSvg stack and heap side by side
 * @param narrowSvg stack above heap, only when the wide layout is wider than 300 units; it is
 *     {@code aria-hidden}; the page chooses which to show
 */
public record DiagramStep(
    int number,
    int line,
    When when,
    String caption,
    String title,
    String description,
    String id,
    String titleId,
    String descId,
    String wideSvg,
    Optional<String> narrowSvg) {
  public DiagramStep {
    Objects.requireNonNull(when);
    Objects.requireNonNull(caption);
    Objects.requireNonNull(title);
    Objects.requireNonNull(description);
    Objects.requireNonNull(id);
    Objects.requireNonNull(titleId);
    Objects.requireNonNull(descId);
    Objects.requireNonNull(wideSvg);
    Objects.requireNonNull(narrowSvg);
  }
}
