package dev.memoria.markdown;

/**
 * A heading Obsidian can link to.
 *
 * @param level 1 to 6
 * @param source the heading's raw Markdown text without the {@code #} marks, as Obsidian matches it
 * @param text the heading as plain text, for tables of contents
 * @param anchor the HTML id written on the heading, unique within the page
 * @param line the 1-based line in the note's file
 */
public record Heading(int level, String source, String text, String anchor, int line) {}
