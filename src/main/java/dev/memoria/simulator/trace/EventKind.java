package dev.memoria.simulator.trace;

/** Kinds of memory event; the diagrams generate captions from them. */
public enum EventKind {
  /** A heap block was allocated ({@code block}, {@code bytes}; {@code subject} the new owner). */
  ALLOC("alloc"),
  /** A block grew or moved ({@code block} the new one, {@code other} the old one). */
  REALLOC("realloc"),
  /** A heap block was freed ({@code block}, {@code bytes}; {@code subject} who freed it). */
  FREE("free"),
  /** A value moved: {@code subject} moved into {@code other}. */
  MOVE("move"),
  /** A Copy value was copied: {@code subject} into {@code other}. */
  COPY("copy"),
  /** {@code other} borrowed {@code subject} shared ({@code &}). */
  BORROW_SHARED("borrow-shared"),
  /** {@code other} borrowed {@code subject} mutably ({@code &mut}). */
  BORROW_MUT("borrow-mut"),
  /** The borrow of {@code subject} by {@code other} ended (its last use passed). */
  BORROW_END("borrow-end"),
  /** {@code subject} was dropped (its {@code Drop} ran and its heap parts, if any, freed). */
  DROP("drop"),
  /** {@code subject} went out of scope without a drop (a Copy value or a moved one). */
  SCOPE_END("scope-end"),
  /** A function {@code subject} was called: a new frame. */
  CALL("call"),
  /** Function {@code subject} returned: its frame is gone. */
  RETURN("return"),
  /** {@code subject} was assigned a new value. */
  ASSIGN("assign"),
  /** Thread {@code subject} was spawned. */
  SPAWN("spawn"),
  /** Thread {@code subject} was joined. */
  JOIN("join"),
  /** The last pointer to {@code block} was lost: it is now leaked. */
  LEAK("leak"),
  /** The run stopped on a fault (see the verdict). */
  FAULT("fault");

  private final String id;

  EventKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Events that change memory ownership, which decide the steps drawn when none is marked. */
  public boolean isMemoryEvent() {
    return switch (this) {
      case ALLOC, REALLOC, FREE, MOVE, BORROW_SHARED, BORROW_MUT, BORROW_END, DROP, LEAK, FAULT ->
          true;
      default -> false;
    };
  }
}
