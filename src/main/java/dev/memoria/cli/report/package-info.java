/**
 * The formats of {@code memoria check}: a {@link dev.memoria.checks.CheckReport} as text for
 * people, or as JSON, SARIF 2.1.0, GitHub workflow commands or JUnit XML for CI.
 *
 * <p>Formatters only turn a report into a string; they read no files and decide no exit codes.
 */
package dev.memoria.cli.report;
