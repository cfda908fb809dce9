package dev.memoria.simulator.trace;

import java.util.Optional;

/** A runtime fault, named as AddressSanitizer names it (C) or a Rust panic. */
public enum FaultKind {
  HEAP_USE_AFTER_FREE("heap-use-after-free"),
  DOUBLE_FREE("double-free"),
  BAD_FREE("bad-free"),
  HEAP_BUFFER_OVERFLOW("heap-buffer-overflow"),
  STACK_BUFFER_OVERFLOW("stack-buffer-overflow"),
  GLOBAL_BUFFER_OVERFLOW("global-buffer-overflow"),
  STACK_USE_AFTER_RETURN("stack-use-after-return"),
  STACK_USE_AFTER_SCOPE("stack-use-after-scope"),
  SEGV("segv"),
  /** A Rust panic: index out of bounds, arithmetic overflow, {@code unwrap} on None, ... */
  PANIC("panic");

  private final String id;

  FaultKind(String id) {
    this.id = id;
  }

  /** The kebab-case name used in JSON and in {@code @expect(...)}. */
  public String id() {
    return id;
  }

  /** The kind with this kebab-case name. */
  public static Optional<FaultKind> fromId(String id) {
    for (FaultKind kind : values()) {
      if (kind.id.equals(id)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
