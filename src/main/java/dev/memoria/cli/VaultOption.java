package dev.memoria.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --vault} option every command that reads notes shares. */
final class VaultOption {

  @Option(
      names = "--vault",
      paramLabel = "DIR",
      description = "Folder of notes (default: ${DEFAULT-VALUE}).",
      defaultValue = "notes")
  Path vault;
}
