/**
 * Stage 4, check: {@link dev.memoria.checks.ContentChecker} judges the published notes of the
 * {@link dev.memoria.links.NoteGraph} for broken links, missing sections and vault-wide
 * information, giving a {@link dev.memoria.checks.CheckReport} of findings with suggestions.
 *
 * <p>It reads the graph only; it renders and writes nothing. Reporting formats live in {@code cli}.
 */
package dev.memoria.checks;
