package dev.memoria.simulator.rust.run;

/** A variable's storage in a frame, with its drop flag (the state). */
final class LocalSlot {

  /** What the slot holds now; only {@code LIVE} values are dropped at scope end. */
  enum State {
    UNINIT,
    LIVE,
    MOVED,
    /** Dropped or out of scope; drawn once as a ghost. */
    GONE
  }

  final String name;
  final String path;
  final int scope;
  final int line;

  /** Creation order across the run, which orders slots and their ghosts in a frame. */
  int seq;

  String type;
  long size;
  Val value;
  State state = State.UNINIT;
  String movedTo = "";

  /** For a reference: whether its last use has passed (it no longer holds its loan). */
  boolean deadRef;

  /** The recorder's step count when the slot went out of scope. */
  int goneAtStep;

  /** A temporary of the running statement, dropped when it ends; not visible by name. */
  boolean temp;

  /** For a temporary: its expression as written, to name it in events. */
  String label = "";

  /** The frame holding it. */
  Activation home;

  /** A reference bound with {@code &x} whose loan is drawn and ended. */
  boolean loan;

  /** For a loan: the statement index in its block after which the reference is no longer used. */
  int lastUse = Integer.MAX_VALUE;

  /** For a loan: the block whose statements {@code lastUse} counts. */
  dev.memoria.simulator.rust.syntax.Expr.Block loanBlock;

  LocalSlot(String name, String path, int scope, int line, String type, long size) {
    this.name = name;
    this.path = path;
    this.scope = scope;
    this.line = line;
    this.type = type;
    this.size = size;
  }
}
