package dev.memoria.simulator;

/** The step markers an author may write in a scenario program, as {@code // @name} comments. */
public enum MarkerKind {
  /** {@code @show}: record a step after this line has run. */
  SHOW,
  /** {@code @show(before)}: record a step just before this line runs. */
  SHOW_BEFORE,
  /** {@code @expect(E0382)}, {@code @expect(heap-use-after-free)}, {@code @expect(leak=16)}. */
  EXPECT,
  /** {@code @hide}: run this line but do not display it. */
  HIDE,
  /** {@code @hide-start}: hide lines from here to the matching {@code @hide-end}. */
  HIDE_START,
  /** {@code @hide-end}: end of a hidden region. */
  HIDE_END
}
