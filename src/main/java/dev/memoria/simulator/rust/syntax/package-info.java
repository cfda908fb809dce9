/**
 * Rust front end, stage 1: {@link dev.memoria.simulator.rust.syntax.Parser#parse} turns source text
 * into a {@link dev.memoria.simulator.rust.syntax.Crate} of {@link Item}s, {@link Stmt}s, {@link
 * Expr}s, {@link Pat}s and {@link TypeExpr}s, every node with a crate-unique dense {@code id} and a
 * {@code Span}; syntax errors and constructs outside the subset come back as problems, never
 * thrown.
 */
package dev.memoria.simulator.rust.syntax;
