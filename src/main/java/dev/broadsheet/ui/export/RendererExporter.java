package dev.broadsheet.ui.export;

import dev.broadsheet.fonts.FontProvider;
import dev.broadsheet.render.pdf.ExportProgress;
import dev.broadsheet.render.pdf.ExportReport;
import dev.broadsheet.render.pdf.PdfExportOptions;
import dev.broadsheet.render.pdf.PdfExporter;
import dev.broadsheet.render.pdf.PngExporter;
import dev.broadsheet.typeset.LaidOutPage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The workstation's exporter: the PDF through {@link PdfExporter}, then, when asked, one PNG per page next to
 * it ({@code <name>-<page>.png}) through {@link PngExporter}. Progress counts the PDF's steps, then the PNGs'.
 */
public final class RendererExporter implements ExportViewModel.Exporter {
    private final PdfExporter pdf;

    public RendererExporter(FontProvider fonts) {
        this.pdf = new PdfExporter(fonts);
    }

    @Override
    public ExportReport export(List<LaidOutPage> pages, PdfExportOptions options, Path target,
                               ExportViewModel.Choices choices, ExportProgress progress) throws IOException {
        ExportReport report = pdf.export(pages, options, target, progress);
        if (!choices.png()) {
            return report;
        }
        Path folder = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        ExportProgress pngProgress = new ExportProgress() {
            @Override
            public void stepDone(int done, int total, String what) {
                progress.stepDone(done, total, "PNG " + what);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
        ExportReport pngs = new PngExporter(pdf).export(pages, options, folder, base, choices.dpi(), pngProgress);
        return new ExportReport(report.output(), report.pageNumbers(), report.missingImages(), report.missingGlyphs(),
                report.embeddedFonts(), pngs.pngFiles());
    }
}
