package dev.memoria.markdown;

/**
 * What a link asks for, independent of where it is written: the path part and the subpath after the
 * first {@code #} (without the {@code #}; empty when there is none).
 *
 * <p>Both are cleaned as Obsidian cleans them (trimmed, NBSP to space, Unicode NFC, URL-decoded for
 * Markdown links), so the same key is built when parsing and when rendering.
 */
public record LinkKey(String path, String subpath) {}
