package dev.memoria.simulator.trace;

/** The state of a variable (a stack slot or a global). */
public enum SlotState {
  /** Declared, no value yet. */
  UNINIT("uninit"),
  /** Holds a value its owner may use. */
  LIVE("live"),
  /** Its value moved away; the bits are still there but the name may not be used. */
  MOVED("moved"),
  /** Borrowed with {@code &}: readable, not writable or movable while the borrow lives. */
  BORROWED_SHARED("borrowed-shared"),
  /** Borrowed with {@code &mut}: not usable at all while the borrow lives. */
  BORROWED_MUT("borrowed-mut"),
  /** Dropped or out of scope: drawn once as a ghost. */
  DROPPED("dropped");

  private final String id;

  SlotState(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
