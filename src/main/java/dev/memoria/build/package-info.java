/**
 * Wiring: {@link dev.memoria.build.SiteBuilder} calls the stages in order — read, parse, resolve,
 * render, write — and returns a {@link dev.memoria.build.BuildResult}. It holds no stage logic.
 */
package dev.memoria.build;
