/**
 * Rust front end, stage 2: {@link dev.memoria.simulator.rust.types.TypeChecker#check} resolves the
 * names of a parsed crate and infers every type, giving a {@link
 * dev.memoria.simulator.rust.types.TypedProgram} of side tables by node id (types, bindings,
 * methods with receiver adjustments, coercions, loops, closure captures, layouts). Type errors are
 * problems.
 */
package dev.memoria.simulator.rust.types;
