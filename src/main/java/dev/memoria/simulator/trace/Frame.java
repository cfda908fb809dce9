package dev.memoria.simulator.trace;

import java.util.List;
import java.util.Objects;

/**
 * A function's stack frame.
 *
 * @param id {@code F0}, {@code F1}, ... numbered per thread in call order, never reused in a run
 * @param function the function's name ({@code main}, {@code Punto::new}, {@code drop})
 * @param line the line running in it (for a caller: the line of the call)
 * @param slots its locals as the machine lays them out: parameters, then locals in declaration
 *     order, inner-scope locals after the outer ones
 * @param state running or just returned
 */
public record Frame(String id, String function, int line, List<Slot> slots, FrameState state) {
  public Frame {
    Objects.requireNonNull(id);
    Objects.requireNonNull(function);
    slots = List.copyOf(slots);
    Objects.requireNonNull(state);
  }
}
