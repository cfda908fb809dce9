package dev.memoria.simulator.trace;

/** How a simulation ended, as named in the JSON verdict. */
public enum Outcome {
  /** Compiled (Rust) and ran to the end without a fault; leaks may still be reported. */
  OK("ok"),
  /** rustc would reject the program; it did not run. */
  COMPILE_ERROR("compile-error"),
  /** A panic (Rust) or an AddressSanitizer fault (C) stopped it. */
  RUNTIME_ERROR("runtime-error"),
  /** It uses a construct outside the supported subset: no verdict is guessed. */
  UNSUPPORTED("unsupported"),
  /** It ran past a step, heap, call-depth, output or snapshot limit. */
  LIMIT_EXCEEDED("limit-exceeded");

  private final String id;

  Outcome(String id) {
    this.id = id;
  }

  /** The kebab-case name used in JSON. */
  public String id() {
    return id;
  }
}
