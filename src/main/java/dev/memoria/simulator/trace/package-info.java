/**
 * The simulator's output: an immutable {@link dev.memoria.simulator.trace.Trace} of steps, each
 * with a snapshot of every thread's frames and every memory block, and the {@link
 * dev.memoria.simulator.trace.Verdict}. The one contract between the engines and the diagrams:
 * symbolic ids only (T0, F1, H2, S1), never real addresses.
 */
package dev.memoria.simulator.trace;
