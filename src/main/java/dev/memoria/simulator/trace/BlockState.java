package dev.memoria.simulator.trace;

/** The state of a memory block. */
public enum BlockState {
  LIVE("live"),
  /** Freed: drawn as a ghost while a pointer still points at it, or for one step. */
  FREED("freed"),
  /** Allocated and no longer reachable from any stack or global. */
  LEAKED("leaked");

  private final String id;

  BlockState(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
