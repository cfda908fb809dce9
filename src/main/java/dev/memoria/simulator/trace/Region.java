package dev.memoria.simulator.trace;

/** Where a memory block lives. */
public enum Region {
  /** Allocated at run time: {@code H1}, {@code H2}, ... */
  HEAP("heap"),
  /** Read-only data such as string literals: {@code S1}, {@code S2}, ... */
  STATIC("static");

  private final String id;

  Region(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
