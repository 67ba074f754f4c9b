package dev.broadsheet.app;

import dev.broadsheet.cli.ExportCommand;
import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.store.IssueFormat;
import dev.broadsheet.trace.StartupTrace;
import java.util.Set;

/**
 * Work a launch will need whatever its arguments say, started on other threads before the main thread gets to
 * it (issue 8: the machine has two cores, and a cold start is mostly class loading and parsing, one thread at a
 * time). Each step is only a head start: the code that needs the result calls the same thing and waits for, or
 * does, what is not finished — so a failure here never changes what a user sees.
 */
final class StartUp {
    private StartUp() {
    }

    /** Subcommands that read an issue file (Jackson's cold start is worth a head start). */
    private static final Set<String> READ_ISSUES = Set.of("export", "validate", "review");
    /** Subcommands that compose text (the fonts are). */
    private static final Set<String> COMPOSE = Set.of("export", "review", "set");

    /**
     * For a subcommand: Jackson's mapper and the {@code Issue} reader (building the deserializers for every
     * record of the model is the cold cost, ~300 ms) and/or the fonts, each on its own thread, while picocli
     * parses the command line on this one. Other subcommands get nothing: a head start they do not use would
     * only take CPU from them.
     */
    static void beginCommand(String subcommand) {
        if (READ_ISSUES.contains(subcommand)) {
            ExportCommand.quietFontWarnings();
            inBackground("jackson-warm-up", () -> {
                IssueFormat.warmUp();
                StartupTrace.mark("Jackson ready");
            });
        }
        if (COMPOSE.contains(subcommand)) {
            ExportCommand.quietFontWarnings();
            BundledFonts.shared().loadInBackground(1);
        }
    }

    /** For the workstation: the fonts parse while JavaFX starts its toolkit and the window is built. */
    static void beginWorkstation() {
        ExportCommand.quietFontWarnings();
        BundledFonts.shared().loadInBackground(1);
    }

    private static void inBackground(String name, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | LinkageError e) {
                // a head start only: the real use meets the same problem and reports it
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }
}
