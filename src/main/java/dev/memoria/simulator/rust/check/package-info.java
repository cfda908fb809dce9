/**
 * The compile-time checks rustc makes on the Rust subset: the typed program is lowered to a
 * MIR-like control-flow graph per function, then moves, initialisation, borrows (non-lexical
 * lifetimes, two-phase borrows, reborrows) and mutability are checked over it. It reports {@code
 * CompileError}s as rustc words them and never runs the program.
 */
package dev.memoria.simulator.rust.check;
