/**
 * Stage 6, render (the body part): a {@link dev.memoria.markdown.ParsedNote} and the {@link
 * dev.memoria.links.NoteGraph} become the HTML of the note's body, with links resolved, embeds
 * expanded and raw HTML sanitised.
 *
 * <p>It never writes files or page chrome, and never feeds note text to the template engine.
 */
package dev.memoria.render.body;
