package dev.memoria.vault;

import java.nio.file.Path;

/**
 * A non-Markdown file in the vault (an image, a PDF). It is copied to the site only when a
 * published note links to it or embeds it.
 *
 * @param path the vault-relative path with forward slashes
 * @param file the real path on disk, already checked to lie inside the vault
 */
public record Asset(String path, Path file) {}
