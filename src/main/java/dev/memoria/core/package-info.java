/**
 * Vocabulary shared by every stage: note ids, languages, source positions and diagnostics.
 *
 * <p>Depends on nothing else in Memoria. Problems in the user's notes travel as {@link
 * dev.memoria.core.Diagnostic} values collected in one {@link dev.memoria.core.Diagnostics}.
 */
package dev.memoria.core;
