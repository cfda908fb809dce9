/**
 * The bundled memory simulator: runs Rust and C scenario programs and gives the verdict rustc and
 * AddressSanitizer would give, with a {@link dev.memoria.simulator.trace.Trace} of memory
 * snapshots.
 *
 * <p>A standalone library: it imports nothing else from {@code dev.memoria} (a test enforces it).
 * Entry point: {@link dev.memoria.simulator.Simulator#run}.
 */
package dev.memoria.simulator;
