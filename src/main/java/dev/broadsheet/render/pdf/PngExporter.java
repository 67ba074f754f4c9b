package dev.broadsheet.render.pdf;

import dev.broadsheet.typeset.LaidOutPage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * PNG images of pages, rendered by PDFBox from the very PDF the exporter writes (trim size, proof colours),
 * so the picture shows what the PDF prints, never a second drawing of the page.
 */
public final class PngExporter {
    /** 36–1200 dpi: below is unreadable, above a broadsheet page no longer fits in memory comfortably. */
    public static final int MIN_DPI = 36;
    public static final int MAX_DPI = 1200;

    private final PdfExporter pdf;

    public PngExporter(PdfExporter pdf) {
        this.pdf = Objects.requireNonNull(pdf, "pdf");
    }

    /**
     * Writes one PNG per selected page into {@code folder}, named {@code <baseName>-<page>.png}, each atomically.
     *
     * @return the report of the PDF drawn for them, with the PNG files listed
     */
    public ExportReport export(List<LaidOutPage> pages, PdfExportOptions options, Path folder, String baseName, int dpi,
                               ExportProgress progress) throws IOException {
        checkDpi(dpi);
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "the PNG folder does not exist");
        }
        List<LaidOutPage> selected = PdfExporter.select(pages, options.pages());
        PdfExportOptions proof = options.withMarks(PdfExportOptions.Marks.NONE).withColour(PdfExportOptions.Colour.PROOF_RGB);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 20);
        ExportReport report = pdf.export(selected, proof, bytes, ExportProgress.NONE);
        List<Path> written = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(bytes.toByteArray())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < selected.size(); i++) {
                if (progress.isCancelled()) {
                    throw new ExportCancelledException("PNG export cancelled after " + written.size() + " of " + selected.size() + " pages");
                }
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                Path file = folder.resolve(baseName + "-" + selected.get(i).pageNumber() + ".png");
                AtomicFiles.write(file, out -> {
                    if (!ImageIO.write(image, "png", out)) {
                        throw new IOException("no PNG writer available");
                    }
                });
                written.add(file);
                progress.stepDone(i + 1, selected.size(), "page " + selected.get(i).pageNumber());
            }
        }
        return report.withPngFiles(written);
    }

    /** Renders one page of a PDF (as bytes) at a resolution: what tests and the pixel comparison use. */
    public static BufferedImage render(byte[] pdfBytes, int pageIndex, int dpi) throws IOException {
        checkDpi(dpi);
        try (PDDocument document = Loader.loadPDF(pdfBytes)) {
            return new PDFRenderer(document).renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
        }
    }

    private static void checkDpi(int dpi) {
        if (dpi < MIN_DPI || dpi > MAX_DPI) {
            throw new IllegalArgumentException("resolution " + dpi + " dpi is out of range (" + MIN_DPI + "–" + MAX_DPI + " dpi)");
        }
    }
}
