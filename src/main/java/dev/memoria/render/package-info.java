/**
 * Stage 6, render: the {@link dev.memoria.links.NoteGraph} becomes the site's files — one page per
 * note, the index, tag pages, 404, sitemap, feed — through the theme's Mustache templates.
 *
 * <p>Templates see only the records in {@code render.view}, never domain objects. Nothing here
 * writes to disk; {@code output} does.
 */
package dev.memoria.render;
