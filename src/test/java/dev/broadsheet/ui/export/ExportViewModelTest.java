package dev.broadsheet.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.model.Issue;
import dev.broadsheet.render.pdf.ExportReport;
import dev.broadsheet.render.pdf.PageRange;
import dev.broadsheet.render.pdf.PdfExportOptions;
import dev.broadsheet.store.SampleIssue;
import dev.broadsheet.typeset.IssueComposer;
import dev.broadsheet.typeset.LaidOutIssue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's choices and its background export, without a window: work and UI run inline. */
class ExportViewModelTest {
    private static final Executor INLINE = Runnable::run;
    private static Issue issue;
    private static LaidOutIssue layout;

    @TempDir
    Path dir;

    @BeforeAll
    static void compose() throws IOException {
        issue = SampleIssue.load();
        layout = new IssueComposer(BundledFonts.shared()).compose(issue);
    }

    @Test
    void choicesBecomeExportOptions() {
        ExportViewModel vm = new ExportViewModel((p, o, t, c, pr) -> null, INLINE, INLINE);
        PdfExportOptions proof = vm.options(issue, dir, Instant.EPOCH, ZoneOffset.UTC);
        assertThat(proof.pages()).isEqualTo(PageRange.ALL);
        assertThat(proof.marks()).isEqualTo(PdfExportOptions.Marks.NONE);
        assertThat(proof.colour()).isEqualTo(PdfExportOptions.Colour.PROOF_RGB);
        assertThat(proof.issueFolder()).isEqualTo(dir);
        assertThat(proof.info().title()).startsWith(issue.masthead());

        vm.allPagesProperty().set(false);
        vm.firstPageProperty().set(2);
        vm.lastPageProperty().set(3);
        vm.marksProperty().set(true);
        vm.pressProperty().set(true);
        PdfExportOptions press = vm.options(issue, dir, Instant.EPOCH, ZoneOffset.UTC);
        assertThat(press.pages().toString()).isEqualTo("2-3");
        assertThat(press.marks()).isEqualTo(PdfExportOptions.Marks.CROP_AND_SLUG);
        assertThat(press.colour()).isEqualTo(PdfExportOptions.Colour.PRESS_CMYK);
    }

    @Test
    void incompleteChoicesStartNothing() {
        List<String> calls = new ArrayList<>();
        ExportViewModel vm = new ExportViewModel((p, o, t, c, pr) -> {
            calls.add("export");
            return null;
        }, INLINE, INLINE);
        assertThat(vm.problem()).isEqualTo("export.problem.target");
        assertThat(vm.start(layout.pages(), issue, null)).isFalse();
        vm.targetProperty().set(dir.resolve("x.pdf"));
        vm.allPagesProperty().set(false);
        vm.firstPageProperty().set(3);
        vm.lastPageProperty().set(2);
        assertThat(vm.problem()).isEqualTo("export.problem.range");
        vm.allPagesProperty().set(true);
        vm.pngProperty().set(true);
        vm.dpiProperty().set(5);
        assertThat(vm.problem()).isEqualTo("export.problem.dpi");
        assertThat(vm.start(layout.pages(), issue, null)).isFalse();
        assertThat(calls).isEmpty();
    }

    @Test
    void exportsThePdfAndReportsEveryPage() throws IOException {
        ExportViewModel vm = new ExportViewModel(new RendererExporter(BundledFonts.shared()), INLINE, INLINE);
        Path target = dir.resolve("issue.pdf");
        vm.targetProperty().set(target);
        List<String> steps = new ArrayList<>();
        vm.stepsDoneProperty().addListener((o, was, now) -> steps.add(now + "/" + vm.stepsTotalProperty().get()));

        assertThat(vm.start(layout.pages(), issue, null)).isTrue();

        ExportViewModel.Outcome outcome = vm.outcome();
        assertThat(outcome.kind()).isEqualTo(ExportViewModel.Kind.WRITTEN);
        assertThat(outcome.report().output()).isEqualTo(target);
        int n = layout.pages().size();
        assertThat(steps).hasSize(n + 1).last().isEqualTo((n + 1) + "/" + (n + 1));
        assertThat(vm.isRunning()).isFalse();
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(n);
        }
        // No issue folder: every photo is a placeholder, and the outcome lists them rather than dropping them.
        if (!outcome.report().missingImages().isEmpty()) {
            assertThat(outcome.problems()).anyMatch(l -> l.startsWith("placeholder:"));
        }
    }

    @Test
    void pngsAreWrittenNextToThePdfWhenAsked() {
        ExportViewModel vm = new ExportViewModel(new RendererExporter(BundledFonts.shared()), INLINE, INLINE);
        vm.targetProperty().set(dir.resolve("proof.pdf"));
        vm.allPagesProperty().set(false);
        int first = layout.pages().get(0).pageNumber();
        vm.firstPageProperty().set(first);
        vm.lastPageProperty().set(first);
        vm.pngProperty().set(true);
        vm.dpiProperty().set(36);

        vm.start(layout.pages(), issue, null);

        assertThat(vm.outcome().kind()).isEqualTo(ExportViewModel.Kind.WRITTEN);
        assertThat(vm.outcome().report().pngFiles()).containsExactly(dir.resolve("proof-" + first + ".png"));
        assertThat(dir.resolve("proof-" + first + ".png")).isNotEmptyFile();
    }

    @Test
    void cancelAfterTheFirstPageLeavesNoFile() throws IOException {
        List<ExportViewModel> holder = new ArrayList<>();
        ExportViewModel vm = new ExportViewModel(new RendererExporter(BundledFonts.shared()), INLINE, INLINE);
        holder.add(vm);
        Path target = dir.resolve("cancelled.pdf");
        vm.targetProperty().set(target);
        vm.stepsDoneProperty().addListener((o, was, now) -> {
            if (now.intValue() == 1) {
                holder.get(0).cancel();
            }
        });

        vm.start(layout.pages(), issue, null);

        assertThat(vm.outcome().kind()).isEqualTo(ExportViewModel.Kind.CANCELLED);
        assertThat(vm.stepsDoneProperty().get()).isEqualTo(1);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFailureIsReportedAndTheNextExportCanStart() {
        ExportViewModel vm = new ExportViewModel((pages, options, target, choices, progress) -> {
            progress.stepDone(1, 2, "page 1");
            throw new IOException("disk full");
        }, INLINE, INLINE);
        vm.targetProperty().set(dir.resolve("full.pdf"));

        vm.start(layout.pages(), issue, null);

        assertThat(vm.outcome().kind()).isEqualTo(ExportViewModel.Kind.FAILED);
        assertThat(vm.outcome().error()).isEqualTo("disk full");
        assertThat(vm.isRunning()).isFalse();
        assertThat(vm.start(layout.pages(), issue, null)).isTrue();
    }

    @Test
    void theWorkRunsOnTheWorkExecutorAndPropertiesChangeOnlyOnTheUiExecutor() {
        List<Runnable> work = new ArrayList<>();
        List<Runnable> ui = new ArrayList<>();
        ExportViewModel vm = new ExportViewModel((pages, options, target, choices, progress) -> {
            progress.stepDone(1, 1, "page 1");
            return new ExportReport(target, List.of(1), List.of(), List.of(), List.of(), List.of());
        }, work::add, ui::add);
        vm.targetProperty().set(dir.resolve("a.pdf"));
        vm.start(layout.pages(), issue, null);
        assertThat(vm.isRunning()).isTrue();
        assertThat(vm.start(layout.pages(), issue, null)).as("one export at a time").isFalse();
        assertThat(work).hasSize(1);
        work.get(0).run();
        assertThat(vm.stepsDoneProperty().get()).as("not yet on the UI thread").isZero();
        assertThat(vm.outcome()).isNull();
        ui.forEach(Runnable::run);
        assertThat(vm.stepsDoneProperty().get()).isEqualTo(1);
        assertThat(vm.outcome().kind()).isEqualTo(ExportViewModel.Kind.WRITTEN);
        assertThat(vm.isRunning()).isFalse();
    }

}
