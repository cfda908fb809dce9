/**
 * Stage 8, write: the build's {@link dev.memoria.output.OutputFile}s become the site folder,
 * applied as a difference (changed files renamed into place, stale ones removed) only once all are
 * staged.
 *
 * <p>It never writes or deletes outside the output folder, never deletes a file an earlier build
 * did not list in its manifest, and refuses folders it must not own (the vault, home, root).
 */
package dev.memoria.output;
