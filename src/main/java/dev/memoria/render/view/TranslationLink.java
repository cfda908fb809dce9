package dev.memoria.render.view;

/** A translation of the note: its title, page, language code and language name. */
public record TranslationLink(String title, String url, String lang, String label) {}
