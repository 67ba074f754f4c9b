package dev.broadsheet.ui.export;

import dev.broadsheet.fonts.FontProvider;
import dev.broadsheet.render.fx.FxPageRenderer;
import dev.broadsheet.render.fx.ImageSource;
import dev.broadsheet.render.fx.IssueFolderImages;
import dev.broadsheet.typeset.LaidOutIssue;
import dev.broadsheet.ui.Messages;
import dev.broadsheet.ui.document.DocumentViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * File ▸ Export… and File ▸ Print… for the workstation: opens the export dialog, runs the export on a
 * background thread with the progress window, and tells the outcome through {@code notice} (the status bar's
 * message); prints the laid-out issue through the JavaFX print dialog.
 */
public final class ExportController {
    private final Messages m;
    private final DocumentViewModel document;
    private final FontProvider fonts;
    private final Supplier<Window> owner;
    private final Consumer<String> notice;
    private final ExportViewModel vm;
    private final PrintGate printGate;
    private ExportProgressWindow progressWindow;

    /**
     * @param printGate asks for an override before a press export of pages not signed off (签发)
     */
    public ExportController(Messages m, DocumentViewModel document, FontProvider fonts, Supplier<Window> owner,
                            Consumer<String> notice, PrintGate printGate) {
        this.m = m;
        this.printGate = printGate;
        this.document = document;
        this.fonts = fonts;
        this.owner = owner;
        this.notice = notice;
        Executor background = work -> {
            Thread t = new Thread(work, "broadsheet-export");
            t.setDaemon(true);
            t.start();
        };
        this.vm = new ExportViewModel(new RendererExporter(fonts), background, Platform::runLater);
        vm.outcomeProperty().addListener((o, was, now) -> {
            if (now != null) {
                notice.accept(describe(now));
            }
        });
    }

    public ExportViewModel viewModel() {
        return vm;
    }

    /** Opens the export dialog (unless an export runs); OK starts the export in the background. */
    public void showExportDialog() {
        LaidOutIssue layout = document.layout();
        if (layout == null || vm.isRunning()) {
            if (vm.isRunning()) {
                notice.accept(m.get("export.busy"));
            }
            return;
        }
        if (vm.targetProperty().get() == null && document.folder() != null) {
            Path folder = document.folder().toAbsolutePath();
            vm.targetProperty().set(folder.resolveSibling(folder.getFileName() + ".pdf"));
        }
        vm.pagesOf(document.issue());
        if (progressWindow == null) {
            progressWindow = new ExportProgressWindow(vm, m, owner.get());
        }
        ExportDialog dialog = new ExportDialog(vm, m, owner.get());
        dialog.resultProperty().addListener((o, was, result) -> {
            if (result == ButtonType.OK) {
                LaidOutIssue now = document.layout();
                if (now != null && printGate.mayExport(vm)) {
                    vm.start(now.pages(), document.issue(), document.folder());
                }
            }
        });
        dialog.show();
    }

    /** The dialog that asks why pages not signed off go to press anyway (the reason is recorded). */
    public static PrintGate.OverridePrompt overrideDialog(Messages m, Supplier<Window> owner) {
        return pages -> {
            javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog();
            dialog.initOwner(owner.get());
            dialog.setTitle(m.plain("export.signOff.title"));
            String list = String.join(", ", pages.stream().map(String::valueOf).toList());
            dialog.setHeaderText(m.format("export.signOff.header", pages.size(), list));
            dialog.setContentText(m.get("export.signOff.reason"));
            dialog.getDialogPane().setId("signOffOverrideDialog");
            return dialog.showAndWait();
        };
    }

    /** The JavaFX print dialog, then every page of the issue as the canvas draws it, fitted to the paper. */
    public void print() {
        LaidOutIssue layout = document.layout();
        if (layout == null || layout.pages().isEmpty()) {
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            notice.accept(m.get("print.noPrinter"));
            return;
        }
        if (!job.showPrintDialog(owner.get())) {
            job.cancelJob();
            return;
        }
        PageLayout paper = job.getJobSettings().getPageLayout();
        List<Node> pages = PrintPages.build(layout.pages(), renderer(), paper.getPrintableWidth(), paper.getPrintableHeight());
        for (Node page : pages) {
            if (!job.printPage(page)) {
                notice.accept(m.format("print.failed", String.valueOf(job.getJobStatus())));
                job.cancelJob();
                return;
            }
        }
        if (job.endJob()) {
            notice.accept(m.format("print.done", pages.size()));
        }
    }

    private FxPageRenderer renderer() {
        Path folder = document.folder();
        ImageSource images = folder == null ? ImageSource.none() : IssueFolderImages.loadingSynchronously(folder);
        return new FxPageRenderer(fonts, images);
    }

    String describe(ExportViewModel.Outcome outcome) {
        return switch (outcome.kind()) {
            case CANCELLED -> m.get("export.cancelled");
            case FAILED -> m.format("export.failed", outcome.error());
            case WRITTEN -> {
                var r = outcome.report();
                String text = m.format("export.written", String.valueOf(outcome.target()), r.pageNumbers().size());
                if (!r.isClean()) {
                    text += " " + m.format("export.problems", r.missingImages().size(), r.missingGlyphs().size());
                }
                if (!r.pngFiles().isEmpty()) {
                    text += " " + m.format("export.pngs", r.pngFiles().size());
                }
                yield text;
            }
        };
    }
}
