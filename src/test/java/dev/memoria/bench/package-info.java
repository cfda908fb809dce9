/**
 * Benchmark tooling (test scope): a deterministic generator of large bilingual Obsidian vaults,
 * used by {@code .ci/bench} and whole-vault tests. Nothing in the main code depends on it.
 */
package dev.memoria.bench;
