package dev.memoria.render.view;

/** A heading in a page's table of contents; depth 1 is the page's shallowest heading level. */
public record TocEntry(String text, String anchor, int depth) {}
