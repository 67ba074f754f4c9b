package dev.broadsheet.installer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.app.Launcher;
import dev.broadsheet.app.Launcher.Destination;
import dev.broadsheet.cli.BroadsheetCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The installed {@code broadsheet} launcher sends each invocation to the workstation or the command line. */
class LauncherTest {

    @Test
    void noArgumentsOpensTheWorkstation() {
        assertThat(Launcher.destinationOf()).isEqualTo(Destination.WORKSTATION);
    }

    @Test
    void aFileToOpenGoesToTheWorkstation() {
        assertThat(Launcher.destinationOf("/home/editor/issues/2026-11-26")).isEqualTo(Destination.WORKSTATION);
        assertThat(Launcher.destinationOf("sample.json", "export")).isEqualTo(Destination.WORKSTATION);
    }

    @Test
    void helpAndVersionOptionsGoToTheCommandLine() {
        for (String option : new String[] {"--help", "-h", "--version", "-V"}) {
            assertThat(Launcher.destinationOf(option)).as(option).isEqualTo(Destination.COMMAND_LINE);
        }
    }

    @Test
    void everyRegisteredSubcommandGoesToTheCommandLine() {
        var names = new CommandLine(new BroadsheetCommand()).getSubcommands().keySet();
        assertThat(names).contains("help");
        for (String name : names) {
            assertThat(Launcher.destinationOf(name, "--help")).as(name).isEqualTo(Destination.COMMAND_LINE);
        }
    }

    @Test
    void anUnknownWordIsNotMistakenForASubcommand() {
        assertThat(Launcher.destinationOf("exports")).isEqualTo(Destination.WORKSTATION);
    }
}
