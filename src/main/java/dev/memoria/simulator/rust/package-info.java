/**
 * The Rust 2021 subset: lexer, parser, the compile-time checks rustc makes (moves, borrows with
 * non-lexical lifetimes, mutability, initialisation), and an interpreter that records the trace.
 */
package dev.memoria.simulator.rust;
