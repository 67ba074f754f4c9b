package dev.broadsheet.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.cli.BroadsheetCommand;
import dev.broadsheet.store.SampleIssue;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code broadsheet export} end to end on the bundled sample issue. */
class ExportCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new BroadsheetCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void exportsTheSampleIssueToPdfAndPngWithMarksForPress() throws IOException {
        Path issue = SampleIssue.copyTo(dir.resolve("issue"));
        Path pdf = dir.resolve("out.pdf");
        Path png = dir.resolve("png");
        int code = run("export", issue.toString(), "--pdf", pdf.toString(), "--png", png.toString(), "--dpi", "50",
                "--marks", "--press", "--pages", "1", "--override-signoff", "press test of the unsigned sample");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("exported 1 page to " + pdf).contains("png: " + png.resolve("out-1.png"));
        // The sample's photo has no image file yet: a placeholder, said out loud.
        assertThat(err.toString()).contains("placeholder").contains("workshop.jpg");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isGreaterThan(document.getPage(0).getTrimBox().getWidth());
            assertThat(document.getDocumentCatalog().getOutputIntents()).hasSize(1);
            assertThat(document.getDocumentInformation().getTitle()).contains("鹰城日报");
        }
        assertThat(png.resolve("out-1.png")).isRegularFile();
    }

    @Test
    void aBadPageRangeIsAUsageError() throws IOException {
        Path issue = SampleIssue.copyTo(dir.resolve("issue"));
        assertThat(run("export", issue.toString(), "--pdf", dir.resolve("x.pdf").toString(), "--pages", "3-1")).isEqualTo(2);
        assertThat(err.toString()).contains("--pages").contains("'3-1'");
        assertThat(run("export", issue.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("nothing to export");
    }

    @Test
    void anIssueThatCannotBeLoadedLeavesThePreviousPdfAlone() throws IOException {
        Path pdf = dir.resolve("out.pdf");
        Files.writeString(pdf, "previous");
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("issue.json"), "{ \"schemaVersion\": 2, ");
        assertThat(run("export", broken.toString(), "--pdf", pdf.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("issue.json").contains("nothing was written");
        assertThat(Files.readString(pdf)).isEqualTo("previous");
    }
}
