/**
 * The machine model both dialects can share, free of any syntax: symbolic block ids ({@link
 * dev.memoria.simulator.memory.SymbolicIds}) and LeakSanitizer's reachability verdict ({@link
 * dev.memoria.simulator.memory.LeakScan}) over a pointer graph an engine exposes as {@link
 * dev.memoria.simulator.memory.PointsTo}.
 */
package dev.memoria.simulator.memory;
