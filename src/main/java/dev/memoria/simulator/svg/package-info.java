/**
 * Draws a simulation's trace as deterministic SVG: one figure per shown step (stack, heap, static
 * data, arrows and state tags), with its caption and a text description for screen readers. Part of
 * the simulator library: it imports nothing from {@code dev.memoria} outside the simulator.
 */
package dev.memoria.simulator.svg;
