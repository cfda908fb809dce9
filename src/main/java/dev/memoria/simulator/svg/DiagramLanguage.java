package dev.memoria.simulator.svg;

/** The language of every word a diagram generates (captions, tags, region names). */
public enum DiagramLanguage {
  ES,
  EN
}
