package dev.memoria.render.view;

/** A link to another language's version of a page, for {@code <link rel="alternate">}. */
public record LinkView(String lang, String url) {}
