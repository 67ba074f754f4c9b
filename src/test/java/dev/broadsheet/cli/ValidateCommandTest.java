package dev.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.store.SampleIssue;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new BroadsheetCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void aValidIssuePrintsOneSummaryLineAndExitsZero(@TempDir Path dir) throws Exception {
        Path issue = SampleIssue.copyTo(dir.resolve("sample"));
        Files.createDirectories(issue.resolve("images"));
        Files.write(issue.resolve("images/workshop.jpg"), new byte[] {1});

        int code = run("validate", issue.toString());

        assertThat(code).isZero();
        assertThat(out.toString().strip()).isEqualTo(issue.resolve("issue.json")
                + ": valid — 1 page, 3 stories, 1 photo, revision 0, schema 2");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void warningsArePrintedButDoNotFail(@TempDir Path dir) throws Exception {
        Path issue = SampleIssue.copyTo(dir.resolve("sample"));

        int code = run("validate", issue.resolve("issue.json").toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains(issue.resolve("issue.json") + ":300:7: warning: $.photos[0].imagePath: image file images/workshop.jpg not found",
                "valid — 1 page", "1 warning");
    }

    @Test
    void everyErrorIsPrintedWithItsLocationAndTheExitCodeIsNonZero(@TempDir Path dir) throws Exception {
        Path issue = SampleIssue.copyTo(dir.resolve("bad"));
        Path file = issue.resolve("issue.json");
        Files.writeString(file, Files.readString(file).replace("\"columnSpan\": 8,", "\"columnSpan\": \"two\","));
        byte[] before = Files.readAllBytes(file);

        int code = run("validate", issue.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains(file + ":87:11: $.pages[0].frames[2].columnSpan: expected a whole number, got \"two\"",
                file + ": invalid — 1 error");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aMissingFolderIsAnError(@TempDir Path dir) {
        assertThat(run("validate", dir.resolve("nowhere").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no such issue folder");
    }
}
