package dev.memoria.simulator.trace;

/** Whether a frame is running or just returned (drawn once as a ghost). */
public enum FrameState {
  ACTIVE("active"),
  RETURNED("returned");

  private final String id;

  FrameState(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
