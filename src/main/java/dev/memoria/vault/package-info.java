/**
 * Stage 1, read: the vault folder becomes a {@link dev.memoria.vault.Vault} of source notes and
 * attachments, with frontmatter, encoding, language and last-modified time settled.
 *
 * <p>It reads files only inside the vault (real paths are checked) and never parses Markdown.
 */
package dev.memoria.vault;
