/**
 * The Rust interpreter: runs a type-checked program on a model of the machine (stack slots with
 * drop flags, heap blocks with std's capacity growth), and records the trace steps and the verdict.
 * It never checks the program: the checker has already accepted it.
 */
package dev.memoria.simulator.rust.run;
