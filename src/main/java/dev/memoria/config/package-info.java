/**
 * Site configuration: defaults, then {@code memoria.yml} in the vault, then command-line flags.
 *
 * <p>Produces one immutable {@link dev.memoria.config.SiteConfig} that every stage reads. It never
 * touches notes or the output folder.
 */
package dev.memoria.config;
