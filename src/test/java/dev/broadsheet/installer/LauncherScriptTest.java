package dev.broadsheet.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The installed {@code bin/broadsheet} script (written by installer/build-package.sh) runs command-line calls with
 * the client compiler only and the workstation with the optimising one, choosing by the first argument. Its list
 * of command-line words must be the picocli subcommands plus the help/version options: a subcommand missing from
 * it would start a command with the workstation's flags, and a GUI argument in it would slow the workstation.
 */
class LauncherScriptTest {

    @Test
    void theScriptsCommandLineWordsAreTheSubcommandsAndTheHelpOptions() throws IOException {
        String script = Files.readString(Path.of("installer/build-package.sh"));
        Matcher m = Pattern.compile("(?m)^cli_words='([^']*)'$").matcher(script);
        assertThat(m.find()).as("cli_words=… in build-package.sh").isTrue();
        Set<String> words = new TreeSet<>(Arrays.asList(m.group(1).split("\\|")));

        assertThat(words).contains("--help", "-V", "export", "review", "help")
                .isEqualTo(dev.broadsheet.app.Launcher.commandLineWords());
        assertThat(script).as("only the command line gets the client-compiler flag")
                .contains("$cli_words) jit=\"-XX:TieredStopAtLevel=1\"")
                .doesNotContain("--java-options '-XX:TieredStopAtLevel=1'");
    }
}
