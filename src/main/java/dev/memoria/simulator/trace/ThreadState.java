package dev.memoria.simulator.trace;

import java.util.List;
import java.util.Objects;

/**
 * One thread's stack.
 *
 * @param id {@code T0} for the main thread, then {@code T1}, ... in spawn order
 * @param name {@code main}, or the name shown for a spawned thread
 * @param frames the call stack, outermost ({@code main} or the thread's closure) first
 * @param finished true once the thread has returned (it is drawn until joined)
 */
public record ThreadState(String id, String name, List<Frame> frames, boolean finished) {
  public ThreadState {
    Objects.requireNonNull(id);
    Objects.requireNonNull(name);
    frames = List.copyOf(frames);
  }
}
