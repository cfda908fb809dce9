/**
 * Stage 3, resolve: parsed notes become a {@link dev.memoria.links.NoteGraph}: every link resolved
 * by Obsidian's rules, page URLs assigned, backlinks, tags and translations.
 *
 * <p>It reports URL collisions; judging links (broken, ambiguous) is left to {@code checks}.
 */
package dev.memoria.links;
