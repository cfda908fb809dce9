package dev.memoria.simulator.rust.run;

import dev.memoria.simulator.trace.Span;

/**
 * Non-local control flow of the simulated program: break, continue, return and panics unwind
 * through Java frames so each scope on the way drops its locals. Stack traces are never filled.
 */
abstract class Signal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Signal() {
    super(null, null, false, false);
  }

  /** {@code break}, with its value for {@code loop}. */
  static final class Break extends Signal {
    private static final long serialVersionUID = 1L;
    final transient Val value;

    Break(Val value) {
      this.value = value;
    }
  }

  /** {@code continue}. */
  static final class Continue extends Signal {
    private static final long serialVersionUID = 1L;
  }

  /** {@code return}, with the returned value. */
  static final class Return extends Signal {
    private static final long serialVersionUID = 1L;
    final transient Val value;

    Return(Val value) {
      this.value = value;
    }
  }

  /** A panic unwinding the thread. */
  static final class Panic extends Signal {
    private static final long serialVersionUID = 1L;
    final String text;
    final transient Span at;

    Panic(String text, Span at) {
      this.text = text;
      this.at = at;
    }
  }
}
