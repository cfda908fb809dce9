package dev.memoria.simulator.c;

import java.util.List;
import java.util.Map;

/**
 * A parsed and type-checked C program.
 *
 * @param source the program text
 * @param globals the globals in declaration order
 * @param globalInits each global's initialiser (same order; null when it has none)
 * @param functions the user functions by name
 * @param literals the distinct string literals' contents, without the final NUL
 * @param main the {@code main} function
 */
record CProgram(
    String source,
    List<Variable> globals,
    List<Init> globalInits,
    Map<String, FunctionDef> functions,
    List<String> literals,
    FunctionDef main) {}
