/**
 * Stage 7, index: the published notes of a {@code NoteGraph} become a Lucene index (one document
 * per section, analysed for Spanish and English) and the browser index exported from it; {@code
 * LocalSearch} answers queries for the CLI. It never writes into the site folder itself.
 */
package dev.memoria.search;
