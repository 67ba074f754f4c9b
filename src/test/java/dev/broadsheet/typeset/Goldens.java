package dev.broadsheet.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files of the laid-out page's debug text under src/test/resources/typeset/. Run the tests with
 * {@code -Dbroadsheet.updateGoldens=true} to write them afresh (then review the diff before committing).
 */
final class Goldens {
    static final Path DIRECTORY = Path.of("src", "test", "resources", "typeset");

    private Goldens() {
    }

    static void assertMatches(String name, String actual) {
        Path file = DIRECTORY.resolve(name + ".txt");
        try {
            if (Boolean.getBoolean("broadsheet.updateGoldens")) {
                Files.createDirectories(DIRECTORY);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(file).as("golden file %s is missing: run the tests with -Dbroadsheet.updateGoldens=true", file)
                    .exists();
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(actual).as("laid-out page differs from the golden %s (rerun with "
                    + "-Dbroadsheet.updateGoldens=true if the change is intended)", file).isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
