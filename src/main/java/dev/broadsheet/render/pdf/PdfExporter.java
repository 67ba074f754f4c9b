package dev.broadsheet.render.pdf;

import dev.broadsheet.fonts.FontProvider;
import dev.broadsheet.typeset.LaidOutPage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Exports laid-out pages to a print-ready PDF with Apache PDFBox: vector text in embedded font subsets
 * with ToUnicode maps (the text searches and copies as typed), each glyph at the composer's x, images at
 * their native resolution clipped to their frames, rules, missing-glyph markers, and optionally printer's
 * marks and press colour. Thread-safe: every export builds its own document.
 *
 * <p>A file is never half-written: the PDF is saved to a temporary file beside the target and renamed over
 * it only when complete ({@link AtomicFiles}); a cancelled or failed export leaves the target as it was.
 */
public final class PdfExporter {
    private static final String PRODUCER = "Broadsheet 0.1 (Apache PDFBox 3.0.8)";

    private final FontProvider fonts;
    /** Test seam: wraps the stream the PDF is saved to (a test makes it fail midway). */
    private final UnaryOperator<OutputStream> saveStreamFilter;

    public PdfExporter(FontProvider fonts) {
        this(fonts, UnaryOperator.identity());
    }

    PdfExporter(FontProvider fonts, UnaryOperator<OutputStream> saveStreamFilter) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        this.saveStreamFilter = saveStreamFilter;
    }

    FontProvider fonts() {
        return fonts;
    }

    /**
     * Exports the pages the options select to {@code target}, replacing it atomically.
     *
     * @throws ExportCancelledException when the progress listener cancels; the target is untouched
     * @throws IOException              when the file cannot be written; the target is untouched
     */
    public ExportReport export(List<LaidOutPage> pages, PdfExportOptions options, Path target, ExportProgress progress)
            throws IOException {
        Objects.requireNonNull(target, "target");
        List<LaidOutPage> selected = select(pages, options.pages());
        try (PDDocument document = new PDDocument(); DocumentFonts documentFonts = new DocumentFonts(document, fonts)) {
            ExportReport report = draw(document, documentFonts, selected, options, progress);
            checkCancelled(progress, "before writing " + target.getFileName());
            AtomicFiles.write(target, out -> document.save(saveStreamFilter.apply(out)));
            progress.stepDone(selected.size() + 1, selected.size() + 1, "written " + target.getFileName());
            return report.withOutput(target);
        }
    }

    /** Exports to a stream (the caller owns it); for previews, printing and PNG rendering. */
    public ExportReport export(List<LaidOutPage> pages, PdfExportOptions options, OutputStream out, ExportProgress progress)
            throws IOException {
        List<LaidOutPage> selected = select(pages, options.pages());
        try (PDDocument document = new PDDocument(); DocumentFonts documentFonts = new DocumentFonts(document, fonts)) {
            ExportReport report = draw(document, documentFonts, selected, options, progress);
            checkCancelled(progress, "before saving");
            document.save(out);
            progress.stepDone(selected.size() + 1, selected.size() + 1, "saved");
            return report;
        }
    }

    /** The PDF as bytes. */
    public byte[] toBytes(List<LaidOutPage> pages, PdfExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        export(pages, options, out, ExportProgress.NONE);
        return out.toByteArray();
    }

    /**
     * Gets the exporter ready ahead of the first export: parses the fonts of the given faces into the pool and
     * draws and saves a one-glyph page in memory, so PDFBox's classes are loaded. A command line calls it on a
     * second thread while the issue loads and composes, so that work overlaps on a 2-core machine.
     */
    public void warmUp(List<String> faceIds) throws IOException {
        List<dev.broadsheet.typeset.PlacedItem> items = new ArrayList<>();
        double y = 20;
        for (String id : faceIds) {
            var face = fonts.byId(id);
            if (face.isPresent() && face.get().hasGlyph('字')) {
                items.add(new dev.broadsheet.typeset.PlacedItem.PlacedLine("warm-up", "warm-up", dev.broadsheet.model.TextRole.BODY,
                        0, 0, 10, y, 20, List.of(new dev.broadsheet.typeset.GlyphRun(id, 10, "字", new double[] {10}, y)),
                        new dev.broadsheet.typeset.PlacedItem.SourceSpan(0, 0, 0, 1)));
                y += 12;
            }
        }
        toBytes(List.of(new LaidOutPage(1, 100, y + 20, List.of(), items)), PdfExportOptions.proof());
    }

    static List<LaidOutPage> select(List<LaidOutPage> pages, PageRange range) {
        List<LaidOutPage> selected = pages.stream().filter(p -> range.contains(p.pageNumber())).toList();
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("no page to export: the range " + range + " selects none of the issue's pages "
                    + pages.stream().map(p -> String.valueOf(p.pageNumber())).toList());
        }
        return selected;
    }

    private ExportReport draw(PDDocument document, DocumentFonts documentFonts, List<LaidOutPage> pages,
                              PdfExportOptions options, ExportProgress progress) throws IOException {
        setMetadata(document, options);
        List<ExportReport.MissingImage> missingImages = new ArrayList<>();
        List<ExportReport.MissingGlyph> missingGlyphs = new ArrayList<>();
        PdfPageDrawer drawer = new PdfPageDrawer(document, documentFonts, fonts, options, new HashMap<>(),
                missingImages, missingGlyphs);
        int total = pages.size() + 1;
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            LaidOutPage page = pages.get(i);
            checkCancelled(progress, "at page " + page.pageNumber());
            drawer.draw(page);
            numbers.add(page.pageNumber());
            progress.stepDone(i + 1, total, "page " + page.pageNumber());
        }
        return new ExportReport(null, numbers, missingImages, missingGlyphs, documentFonts.faceIds(), List.of());
    }

    private static void checkCancelled(ExportProgress progress, String where) {
        if (progress.isCancelled()) {
            throw new ExportCancelledException("export cancelled " + where + "; nothing was written");
        }
    }

    private static void setMetadata(PDDocument document, PdfExportOptions options) {
        PDDocumentInformation info = document.getDocumentInformation();
        PdfExportOptions.DocumentInfo meta = options.info();
        if (!meta.title().isEmpty()) {
            info.setTitle(meta.title());
        }
        if (!meta.author().isEmpty()) {
            info.setAuthor(meta.author());
        }
        if (!meta.issueLabel().isEmpty()) {
            info.setSubject(meta.issueLabel());
        }
        info.setCreator("Broadsheet");
        info.setProducer(PRODUCER);
        Calendar created = GregorianCalendar.from(options.exportTime().atZone(options.zone()));
        info.setCreationDate(created);
        info.setModificationDate(created);
        document.getDocumentCatalog().setLanguage("zh-CN");
        if (options.colour() == PdfExportOptions.Colour.PRESS_CMYK) {
            info.setTrapped("False");
            PressOutputIntent.addTo(document);
        }
    }
}
