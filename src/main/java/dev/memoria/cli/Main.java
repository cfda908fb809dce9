package dev.memoria.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code memoria}: the entry point; the work is in the subcommands. */
@Command(
    name = "memoria",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Builds a bilingual Obsidian-style vault of notes into a static site.",
    subcommands = {
      BuildCommand.class,
      CheckCommand.class,
      SimulateCommand.class,
      SearchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, also used by tests to run commands without exiting. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    useExitCodes(cli);
    return cli;
  }

  private static void useExitCodes(CommandLine command) {
    command.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
    command.getCommandSpec().exitCodeOnExecutionException(ExitCodes.FAILED);
    command.getSubcommands().values().forEach(Main::useExitCodes);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing a command, e.g. `memoria build`");
  }

  /** The version from the jar's manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"memoria " + (version == null ? "development" : version)};
    }
  }
}
