/**
 * The machine model both dialects share: symbolic block ids, allocation records, and reachability
 * from the roots (stacks and globals), which decides what is leaked.
 */
package dev.memoria.simulator.memory;
