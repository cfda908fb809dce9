/**
 * The {@code memoria} command line (Picocli): one class per subcommand. Commands build a
 * configuration, call {@code build} or a stage, and print the result; they hold no pipeline logic.
 */
package dev.memoria.cli;
