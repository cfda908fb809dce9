package dev.memoria.render.view;

/** A tag as shown on a page, with its tag page. */
public record TagLink(String name, String url) {}
