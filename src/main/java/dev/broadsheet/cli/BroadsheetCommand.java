package dev.broadsheet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code broadsheet} command line: the workstation's pipeline without a window (import, set, export,
 * validate, review). Each subcommand lives in its own class and is listed here.
 */
@Command(name = "broadsheet", mixinStandardHelpOptions = true, version = "Broadsheet 0.1",
        description = "Compose, check and export newspaper issues without the workstation.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ValidateCommand.class,
                ImportCommand.class,
                SetCommand.class,
                ExportCommand.class,
                ReviewCommand.class
        })
public final class BroadsheetCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int execute(String... args) {
        return new CommandLine(new BroadsheetCommand()).execute(args);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }
}
