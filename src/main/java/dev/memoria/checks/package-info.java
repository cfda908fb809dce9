/**
 * Stage 4, check: the {@link dev.memoria.links.NoteGraph} is judged for broken links and missing
 * sections, giving a {@link dev.memoria.checks.CheckReport} of findings with suggestions.
 *
 * <p>It reads the graph only; it renders and writes nothing. Reporting formats live in {@code cli}.
 */
package dev.memoria.checks;
