package dev.memoria.simulator.trace;

/** Whether a step shows the state just before its line ran or just after. */
public enum When {
  BEFORE("before"),
  AFTER("after");

  private final String id;

  When(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
