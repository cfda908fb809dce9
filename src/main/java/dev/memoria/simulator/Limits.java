package dev.memoria.simulator;

/**
 * Bounds on one simulation, so a runaway program ends with outcome {@code limit-exceeded} instead
 * of a hang, an OutOfMemoryError or a JVM stack overflow.
 *
 * @param maxSteps statements and expressions evaluated (one loop turn costs a few)
 * @param maxHeapBytes bytes allocated and not yet freed at any moment
 * @param maxCallDepth frames on one thread's stack
 * @param maxOutputBytes bytes written to standard output
 * @param maxSnapshots steps recorded in the trace (each holds a full snapshot)
 */
public record Limits(
    long maxSteps, long maxHeapBytes, int maxCallDepth, int maxOutputBytes, int maxSnapshots) {

  /** Room for any teaching program, small enough to answer in well under a second. */
  public static final Limits DEFAULT = new Limits(1_000_000, 16L << 20, 200, 64 << 10, 500);

  public Limits {
    if (maxSteps < 1
        || maxHeapBytes < 1
        || maxCallDepth < 1
        || maxOutputBytes < 0
        || maxSnapshots < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  public Limits withMaxSteps(long steps) {
    return new Limits(steps, maxHeapBytes, maxCallDepth, maxOutputBytes, maxSnapshots);
  }

  public Limits withMaxHeapBytes(long bytes) {
    return new Limits(maxSteps, bytes, maxCallDepth, maxOutputBytes, maxSnapshots);
  }

  public Limits withMaxCallDepth(int depth) {
    return new Limits(maxSteps, maxHeapBytes, depth, maxOutputBytes, maxSnapshots);
  }

  public Limits withMaxOutputBytes(int bytes) {
    return new Limits(maxSteps, maxHeapBytes, maxCallDepth, bytes, maxSnapshots);
  }

  public Limits withMaxSnapshots(int snapshots) {
    return new Limits(maxSteps, maxHeapBytes, maxCallDepth, maxOutputBytes, snapshots);
  }
}
