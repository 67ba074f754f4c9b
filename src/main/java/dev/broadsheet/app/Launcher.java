package dev.broadsheet.app;

import dev.broadsheet.cli.BroadsheetCommand;
import dev.broadsheet.trace.StartupTrace;
import java.util.Set;
import picocli.CommandLine;

/**
 * The installed {@code broadsheet} program's entry point: with no arguments (or a file to open) it starts the
 * workstation, and when the first argument is a subcommand of {@link BroadsheetCommand} ({@code import},
 * {@code set}, {@code export}, {@code validate}, {@code review}, {@code help}) or its help/version option it
 * runs the command line instead and exits with its code — one launcher for the desktop entry and the shell,
 * as jpackage gives a package one main class per launcher.
 *
 * <p>It names no JavaFX class, so a command-line run never loads the toolkit: {@link Main} is only resolved on
 * the workstation branch. The subcommand names are read from the picocli model, so a subcommand added to
 * {@link BroadsheetCommand} is routed here without touching this class.
 */
public final class Launcher {

    /** The options picocli's {@code mixinStandardHelpOptions} adds to the top-level command. */
    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    /** Where a launch goes. */
    public enum Destination { WORKSTATION, COMMAND_LINE }

    private Launcher() {
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        if (destinationOf(args) == Destination.COMMAND_LINE) {
            StartUp.beginCommand(args[0]);
            System.exit(BroadsheetCommand.executeSubcommandAlone(args));
        }
        StartUp.beginWorkstation();
        Main.main(args);
    }

    /**
     * Decides from the first argument alone, so that {@code broadsheet export --help} and
     * {@code broadsheet issue-folder} both go where a user expects. No arguments means the workstation without
     * building the picocli model, which keeps the desktop start-up free of it. The names come from the
     * {@code @Command} annotations rather than a built {@link CommandLine}: building picocli's model costs about
     * 200 ms cold, and the command line builds it once anyway.
     */
    public static Destination destinationOf(String... args) {
        if (args.length == 0) {
            return Destination.WORKSTATION;
        }
        String first = args[0];
        if (commandLineWords().contains(first)) {
            return Destination.COMMAND_LINE;
        }
        return Destination.WORKSTATION;
    }

    /** Every first word that runs the command line: the subcommands and the top-level help/version options. */
    public static Set<String> commandLineWords() {
        Set<String> words = new java.util.TreeSet<>(TOP_LEVEL_OPTIONS);
        words.addAll(BroadsheetCommand.subcommandsByName().keySet());
        return words;
    }
}
