/**
 * Stage 3, resolve: parsed notes and attachments become a {@link dev.memoria.links.NoteGraph}:
 * every link resolved by Obsidian's rules, page and attachment URLs assigned, backlinks, tags,
 * translations.
 *
 * <p>It reports URL collisions, invalid permalinks and translation problems; judging links (broken,
 * ambiguous, alias-only) is left to {@code checks}. It never reads the flexmark document.
 */
package dev.memoria.links;
