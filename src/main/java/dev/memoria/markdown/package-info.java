/**
 * Stage 2, parse: a {@link dev.memoria.vault.SourceNote} becomes a {@link
 * dev.memoria.markdown.ParsedNote}: the flexmark document with Obsidian syntax as its own nodes,
 * plus the headings, links, block ids, tags and gap markers found in it.
 *
 * <p>It resolves nothing and renders nothing; the document is not mutated after parsing.
 */
package dev.memoria.markdown;
