/**
 * Stage 5, simulate: runs the scenario blocks of notes (and programs given on the command line)
 * through the bundled simulator and judges each verdict against the author's {@code @expect}
 * markers. The only caller of {@code dev.memoria.simulator}.
 */
package dev.memoria.scenarios;
