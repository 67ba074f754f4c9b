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

    /**
     * Runs the command line as {@link #execute} does, but when the first argument names a subcommand, builds
     * picocli's model of that subcommand alone (issue 6: a cold {@code broadsheet export} must finish within 1 s,
     * and building the model of every subcommand — review alone has six — is the main thread's longest step
     * before any work starts). Its usage and errors still read {@code broadsheet export …}.
     */
    public static int executeSubcommandAlone(String... args) {
        Class<?> sub = args.length == 0 ? null : subcommandsByName().get(args[0]);
        if (sub == null || sub == CommandLine.HelpCommand.class) {
            return execute(args); // help names other subcommands: it needs the whole model
        }
        CommandLine line = new CommandLine(sub, CommandLine.defaultFactory());
        line.setCommandName("broadsheet " + sub.getAnnotation(Command.class).name());
        return line.execute(java.util.Arrays.copyOfRange(args, 1, args.length));
    }

    /**
     * The subcommand classes by name and alias, read from the {@code @Command} annotation without building
     * picocli's model (the launcher routes by these names, and the installed launcher script lists them too).
     */
    public static java.util.Map<String, Class<?>> subcommandsByName() {
        java.util.Map<String, Class<?>> byName = new java.util.TreeMap<>();
        for (Class<?> sub : BroadsheetCommand.class.getAnnotation(Command.class).subcommands()) {
            Command command = sub.getAnnotation(Command.class);
            byName.put(command.name(), sub);
            for (String alias : command.aliases()) {
                byName.put(alias, sub);
            }
        }
        return byName;
    }

    public static void main(String[] args) {
        System.exit(executeSubcommandAlone(args));
    }
}
