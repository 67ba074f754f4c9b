package dev.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.PagePreset;
import dev.broadsheet.model.Role;
import dev.broadsheet.model.Stage;
import dev.broadsheet.model.Status;
import dev.broadsheet.model.StatusChange;
import dev.broadsheet.review.Workflow;
import dev.broadsheet.store.IssueStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Print output ({@code --press}) waits for 签发; an override is recorded in the page's history. */
class ExportPrintGateTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new BroadsheetCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Page page(int number, Stage stage) {
        return Page.blank(number, PagePreset.A4).withStatus(new Status(stage,
                List.of(new StatusChange(stage, "赵总编", Role.DUTY_EDITOR, T0, stage == Stage.SIGNED_OFF ? "revision 1" : ""))));
    }

    private Issue create(Page... pages) throws IOException {
        return new IssueStore().create(dir, new Issue("高新时报", LocalDate.of(2026, 11, 27), "1", "", List.of(), null,
                List.of(pages), List.of(), List.of(), 0));
    }

    @Test
    void pressExportRefusesAPageNotSignedOffAndWritesNothing() throws IOException {
        create(page(1, Stage.SIGNED_OFF), page(2, Stage.CHECKED));
        Path pdf = dir.resolve("print.pdf");

        Run r = run("export", dir.toString(), "--pdf", pdf.toString(), "--press");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("page 2 is 核红, not signed off").doesNotContain("page 1 is");
        assertThat(pdf).doesNotExist();
        assertThat(Workflow.printOverrides(new IssueStore().load(dir).page(2).orElseThrow())).isEmpty();
    }

    @Test
    void signedOffPagesPrintWithoutAnOverride() throws IOException {
        create(page(1, Stage.SIGNED_OFF), page(2, Stage.CHECKED));
        Path pdf = dir.resolve("print.pdf");

        Run r = run("export", dir.toString(), "--pdf", pdf.toString(), "--press", "--pages", "1");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(pdf).exists();
    }

    @Test
    void aProofExportIsNotGated() throws IOException {
        create(page(1, Stage.LAID_OUT));
        Path pdf = dir.resolve("proof.pdf");

        assertThat(run("export", dir.toString(), "--pdf", pdf.toString()).code()).isZero();
        assertThat(pdf).exists();
    }

    @Test
    void anOverrideWithAReasonPrintsAndIsRecordedWithWhoAndWhy() throws IOException {
        create(page(1, Stage.PROOF_1));
        Path pdf = dir.resolve("print.pdf");

        Run r = run("export", dir.toString(), "--pdf", pdf.toString(), "--press",
                "--override-signoff", "值班总编电话同意", "--as", "张编辑");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(pdf).exists();
        assertThat(r.err()).contains("page 1 printed without sign-off (override by 张编辑: 值班总编电话同意)");
        Page saved = new IssueStore().load(dir).page(1).orElseThrow();
        assertThat(saved.status().stage()).isEqualTo(Stage.PROOF_1);
        assertThat(Workflow.printOverrides(saved)).singleElement().satisfies(c -> {
            assertThat(c.by()).isEqualTo("张编辑");
            assertThat(c.note()).isEqualTo(Workflow.PRINT_OVERRIDE + "值班总编电话同意");
        });
        assertThat(Files.exists(dir.resolve(IssueStore.BACKUP_FILE))).isTrue();
    }
}
