package dev.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The launcher builds picocli's model of the named subcommand alone, for a faster cold start; to the user it
 * must be the same command: the same usage (named {@code broadsheet export}), output, errors and exit codes.
 */
class SubcommandAloneTest {

    private record Run(int code, String out, String err) {
    }

    private static Run capture(IntSupplier command) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = command.getAsInt();
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void theUsageIsTheSubcommandsAsTheFullCommandLineShowsIt() {
        Run alone = capture(() -> BroadsheetCommand.executeSubcommandAlone("export", "--help"));
        String full = new CommandLine(new BroadsheetCommand()).getSubcommands().get("export").getUsageMessage();
        assertThat(alone.code()).isZero();
        assertThat(alone.out()).startsWith("Usage: broadsheet export").isEqualTo(full);
    }

    @Test
    void outputAndExitCodesAreThoseOfTheFullCommandLine() {
        String sample = Path.of("assets/sample/issue").toString();
        for (String[] args : new String[][] {{"validate", sample}, {"validate", "no-such-folder"},
                {"export", "--no-such-option"}, {"review", "list", sample}, {"--version"}}) {
            Run alone = capture(() -> BroadsheetCommand.executeSubcommandAlone(args));
            Run full = capture(() -> BroadsheetCommand.execute(args));
            assertThat(alone).as(String.join(" ", args)).isEqualTo(full);
        }
    }
}
