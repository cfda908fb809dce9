package dev.memoria.simulator.trace;

import java.util.List;
import java.util.Objects;

/**
 * An arrow from a pointer to what it points at.
 *
 * @param from the pointer's place: a slot path or block id, then the field path ({@code
 *     T0/F0/s.ptr}, {@code H2.1})
 * @param to the target
 * @param kind how the pointer holds it
 * @param dangling true when the target is freed or gone
 */
public record Edge(String from, Value.Target to, Value.PointerKind kind, boolean dangling) {
  public Edge {
    Objects.requireNonNull(from);
    Objects.requireNonNull(to);
    Objects.requireNonNull(kind);
  }

  static void collect(String place, Value value, List<Edge> into) {
    if (value instanceof Value.Pointer pointer) {
      pointer
          .target()
          .ifPresent(
              target -> into.add(new Edge(place, target, pointer.kind(), pointer.dangling())));
    } else if (value instanceof Value.Composite composite) {
      for (Value.Field field : composite.fields()) {
        collect(place + "." + field.name(), field.value(), into);
      }
    }
  }
}
