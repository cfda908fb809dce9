package dev.memoria.render.view;

/** One entry of the language switch: the language's own name and the counterpart page. */
public record LangLink(String lang, String label, String url, boolean current) {}
