package dev.broadsheet.render.pdf;

import dev.broadsheet.fonts.FontFace;
import dev.broadsheet.fonts.FontProvider;
import dev.broadsheet.model.FontRole;
import dev.broadsheet.model.FontWeight;
import dev.broadsheet.model.RuleStyle;
import dev.broadsheet.typeset.GlyphRun;
import dev.broadsheet.typeset.LaidOutPage;
import dev.broadsheet.typeset.PlacedItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws one {@link LaidOutPage} onto a PDF page, and nothing else: every position comes from the laid-out
 * page, nothing is measured or broken here (ARCHITECTURE.md: both renderers only draw).
 *
 * <p>Order of drawing: images (or placeholders), rules, then text story by story — each story's lines
 * contiguous and in the composer's reading order, so that text extraction in content order (PDFBox's
 * {@code PDFTextStripper} without position sorting, poppler's {@code pdftotext -raw}) gives each story
 * whole — then missing-glyph markers on top, then printer's marks.
 */
final class PdfPageDrawer {
    private static final DateTimeFormatter SLUG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");
    /** Below this (points) a change of character spacing is rounding noise, not a move. */
    private static final double NEGLIGIBLE_SPACING = 1e-5;

    private final PDDocument document;
    private final DocumentFonts fonts;
    private final FontProvider provider;
    private final PdfExportOptions options;
    private final Map<Path, PDImageXObject> images;
    private final List<ExportReport.MissingImage> missingImages;
    private final List<ExportReport.MissingGlyph> missingGlyphs;

    PdfPageDrawer(PDDocument document, DocumentFonts fonts, FontProvider provider, PdfExportOptions options,
                  Map<Path, PDImageXObject> images, List<ExportReport.MissingImage> missingImages,
                  List<ExportReport.MissingGlyph> missingGlyphs) {
        this.document = document;
        this.fonts = fonts;
        this.provider = provider;
        this.options = options;
        this.images = images;
        this.missingImages = missingImages;
        this.missingGlyphs = missingGlyphs;
    }

    void draw(LaidOutPage page) throws IOException {
        SheetGeometry sheet = options.marks() == PdfExportOptions.Marks.CROP_AND_SLUG
                ? SheetGeometry.withMarks(page.width(), page.height())
                : SheetGeometry.trimOnly(page.width(), page.height());
        PDPage pdPage = new PDPage(sheet.mediaBox());
        pdPage.setTrimBox(sheet.trimBox());
        pdPage.setBleedBox(sheet.bleedBox());
        document.addPage(pdPage);

        List<PlacedItem.PlacedImage> pictures = new ArrayList<>();
        List<PlacedItem.PlacedRule> rules = new ArrayList<>();
        List<PlacedItem.MissingGlyphMarker> markers = new ArrayList<>();
        Map<String, List<PlacedItem.PlacedLine>> stories = new LinkedHashMap<>();
        for (PlacedItem item : page.items()) {
            if (item instanceof PlacedItem.PlacedImage i) {
                pictures.add(i);
            } else if (item instanceof PlacedItem.PlacedRule r) {
                rules.add(r);
            } else if (item instanceof PlacedItem.MissingGlyphMarker m) {
                markers.add(m);
            } else if (item instanceof PlacedItem.PlacedLine l) {
                stories.computeIfAbsent(l.storyId() != null ? "story:" + l.storyId() : "frame:" + l.frameId(),
                        k -> new ArrayList<>()).add(l);
            }
        }

        try (PDPageContentStream cs = new PDPageContentStream(document, pdPage)) {
            for (PlacedItem.PlacedImage image : pictures) {
                drawImage(cs, sheet, page.pageNumber(), image);
            }
            for (PlacedItem.PlacedRule rule : rules) {
                drawRule(cs, sheet, rule);
            }
            drawText(cs, sheet, page.pageNumber(), stories.values());
            for (PlacedItem.MissingGlyphMarker marker : markers) {
                missingGlyphs.add(new ExportReport.MissingGlyph(page.pageNumber(), marker.frameId(), marker.storyId(), marker.codePoint()));
                drawMarker(cs, sheet, marker.x(), marker.baseline(), marker.width(), marker.size());
            }
            if (sheet.hasMarks()) {
                drawCropMarks(cs, sheet);
                drawSlug(cs, sheet, page.pageNumber());
            }
        }
    }

    // ---- text ----------------------------------------------------------------------------------------------

    private void drawText(PDPageContentStream cs, SheetGeometry sheet, int pageNumber,
                          Iterable<List<PlacedItem.PlacedLine>> stories) throws IOException {
        // q … Q around the text: character spacing (Tc) is graphics state and must not leak into the slug line.
        cs.saveGraphicsState();
        cs.beginText();
        Ink.BLACK.fill(cs, options.colour());
        TextState state = new TextState();
        List<PendingMarker> pending = new ArrayList<>();
        for (List<PlacedItem.PlacedLine> story : stories) {
            for (PlacedItem.PlacedLine line : story) {
                for (GlyphRun run : line.runs()) {
                    drawRun(cs, sheet, state, run, line, pageNumber, pending);
                }
            }
        }
        cs.endText();
        cs.restoreGraphicsState();
        for (PendingMarker p : pending) {
            drawMarker(cs, sheet, p.x, p.baseline, p.width, p.size);
        }
    }

    private static final class TextState {
        PDType0Font font;
        float size;
        double characterSpacing;
        final StringBuilder pending = new StringBuilder();
    }

    private record PendingMarker(double x, double baseline, double width, double size) {
    }

    /**
     * Shows one run so that every glyph lands at exactly the composer's x. The first glyph is placed with Tm;
     * each glyph's own advance is then stretched or shrunk to reach the next glyph's x by character spacing
     * (Tc), computed from the width the PDF itself declares for the glyph (its /W entry). Glyphs with the same
     * spacing share one Tj: a justified CJK line is a few operators, not one per character.
     *
     * <p>Tc rather than TJ kerning numbers: with Tc a glyph's advance <em>is</em> the distance to the next one,
     * so text extractors that infer words and lines from advances (poppler's {@code pdftotext -raw}, copy and
     * paste in viewers) see squeezed punctuation (标点挤压) as one line, and justified spacing as no word gap.
     */
    private void drawRun(PDPageContentStream cs, SheetGeometry sheet, TextState state, GlyphRun run,
                         PlacedItem.PlacedLine line, int pageNumber, List<PendingMarker> pending) throws IOException {
        if (run.length() == 0) {
            return;
        }
        DocumentFonts.Loaded loaded = fonts.get(run.faceId());
        FontFace face = loaded.face();
        float size = (float) run.size();
        String text = run.text();
        int n = run.length();
        boolean placed = false;
        int i = 0;
        for (int offset = 0; offset < text.length(); i++) {
            int cp = text.codePointAt(offset);
            int next = offset + Character.charCount(cp);
            double x = run.xAt(i);
            if (!face.hasGlyph(cp)) {
                // The composer should have made this a MissingGlyphMarker; never drop it silently.
                flush(cs, state);
                placed = false;
                missingGlyphs.add(new ExportReport.MissingGlyph(pageNumber, line.frameId(), line.storyId(), cp));
                pending.add(new PendingMarker(x, run.baseline(), run.size(), run.size()));
                offset = next;
                continue;
            }
            String glyph = text.substring(offset, next);
            PDType0Font font = fonts.fontFor(loaded, cp);
            if (state.font != font || state.size != size) {
                flush(cs, state);
                cs.setFont(font, size);
                state.font = font;
                state.size = size;
            }
            if (!placed) {
                flush(cs, state);
                cs.setTextMatrix(Matrix.getTranslateInstance((float) sheet.x(x), (float) sheet.y(run.baseline())));
                placed = true;
            }
            if (i + 1 < n) {
                double advance = font.getStringWidth(glyph) / 1000.0 * size;
                double spacing = run.xAt(i + 1) - x - advance;
                if (Math.abs(spacing - state.characterSpacing) > NEGLIGIBLE_SPACING) {
                    flush(cs, state);
                    cs.setCharacterSpacing((float) spacing);
                    state.characterSpacing = spacing;
                }
            }
            state.pending.append(glyph);
            offset = next;
        }
        flush(cs, state);
    }

    private static void flush(PDPageContentStream cs, TextState state) throws IOException {
        if (state.pending.length() > 0) {
            cs.showText(state.pending.toString());
            state.pending.setLength(0);
        }
    }

    /**
     * 补字 marker: a box the size of the character, crossed, where the character belongs — the same box the
     * canvas draws (render.fx FxPageRenderer), so the proof shows what the screen showed.
     */
    private void drawMarker(PDPageContentStream cs, SheetGeometry sheet, double x, double baseline, double width,
                            double size) throws IOException {
        double top = baseline - 0.88 * size;
        double w = Math.max(width, size * 0.5);
        double h = size;
        cs.saveGraphicsState();
        Ink.MARKER.stroke(cs, options.colour());
        cs.setLineWidth((float) Math.max(0.3, size / 20));
        float x0 = (float) sheet.x(x + 0.5);
        float x1 = (float) sheet.x(x + w - 0.5);
        float y0 = (float) sheet.y(top + 0.5);
        float y1 = (float) sheet.y(top + h - 0.5);
        cs.addRect(x0, y1, x1 - x0, y0 - y1);
        cs.moveTo(x0, y0);
        cs.lineTo(x1, y1);
        cs.stroke();
        cs.restoreGraphicsState();
    }

    // ---- rules ---------------------------------------------------------------------------------------------

    private void drawRule(PDPageContentStream cs, SheetGeometry sheet, PlacedItem.PlacedRule rule) throws IOException {
        double w = Math.max(rule.weight(), 0.1);
        cs.saveGraphicsState();
        Ink.BLACK.stroke(cs, options.colour());
        RuleStyle style = rule.style() == null ? RuleStyle.PLAIN : rule.style();
        switch (style) {
            case PLAIN, HEAVY -> line(cs, sheet, rule, 0, w);
            case DOUBLE -> {
                // 双线: two lines, each a third of the weight, a third apart.
                line(cs, sheet, rule, -w / 3, w / 3);
                line(cs, sheet, rule, w / 3, w / 3);
            }
            case DOTTED -> {
                cs.setLineCapStyle(1);
                // Zero-length dashes with round caps are dots, one every 2.5 weights (as on the canvas).
                cs.setLineDashPattern(new float[] {0, (float) (2.5 * w)}, 0);
                line(cs, sheet, rule, 0, w);
            }
            case DECORATIVE -> {
                // 花线: stands in as a dash-dot rule until decorative patterns are designed.
                cs.setLineDashPattern(new float[] {(float) (4 * w), (float) (1.5 * w), (float) w, (float) (1.5 * w)}, 0);
                line(cs, sheet, rule, 0, w);
            }
        }
        cs.restoreGraphicsState();
    }

    /** Strokes the rule's line moved {@code offset} along its normal, at a width. */
    private static void line(PDPageContentStream cs, SheetGeometry sheet, PlacedItem.PlacedRule rule, double offset,
                             double width) throws IOException {
        double dx = rule.x2() - rule.x1();
        double dy = rule.y2() - rule.y1();
        double len = Math.hypot(dx, dy);
        double nx = len == 0 ? 0 : -dy / len * offset;
        double ny = len == 0 ? 0 : dx / len * offset;
        cs.setLineWidth((float) width);
        cs.moveTo((float) sheet.x(rule.x1() + nx), (float) sheet.y(rule.y1() + ny));
        cs.lineTo((float) sheet.x(rule.x2() + nx), (float) sheet.y(rule.y2() + ny));
        cs.stroke();
    }

    // ---- images --------------------------------------------------------------------------------------------

    private void drawImage(PDPageContentStream cs, SheetGeometry sheet, int pageNumber, PlacedItem.PlacedImage image)
            throws IOException {
        String problem;
        PDImageXObject xobject = null;
        Path folder = options.issueFolder();
        if (image.imagePath() == null || image.imagePath().isBlank()) {
            problem = "no image file chosen";
        } else if (folder == null) {
            problem = "no issue folder to find it in";
        } else {
            Path root = folder.toAbsolutePath().normalize();
            Path file = root.resolve(image.imagePath()).normalize();
            if (!file.startsWith(root)) {
                problem = "outside the issue folder";
            } else if (!Files.isRegularFile(file)) {
                problem = "file not found";
            } else {
                xobject = images.get(file);
                problem = null;
                if (xobject == null) {
                    try {
                        // Native resolution: JPEGs pass through as DCT data, others are stored losslessly.
                        xobject = PDImageXObject.createFromFileByContent(file.toFile(), document);
                        images.put(file, xobject);
                    } catch (IOException | RuntimeException e) {
                        problem = "unreadable: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                    }
                }
            }
        }
        float clipX = (float) sheet.x(image.clipX());
        float clipY = (float) sheet.y(image.clipY() + image.clipHeight());
        float clipW = (float) image.clipWidth();
        float clipH = (float) image.clipHeight();
        cs.saveGraphicsState();
        cs.addRect(clipX, clipY, clipW, clipH);
        cs.clip();
        if (xobject != null) {
            cs.drawImage(xobject, (float) sheet.x(image.imageX()), (float) sheet.y(image.imageY() + image.imageHeight()),
                    (float) image.imageWidth(), (float) image.imageHeight());
        } else {
            missingImages.add(new ExportReport.MissingImage(pageNumber, image.frameId(), image.photoId(), image.imagePath(), problem));
            drawPlaceholder(cs, clipX, clipY, clipW, clipH, image.imagePath());
        }
        cs.restoreGraphicsState();
    }

    /**
     * A grey box with a cross and the file's name: the page still shows where the photo goes and which one. Drawn
     * as the canvas draws it; the label is outlines, not text (see {@link OutlineText}).
     */
    private void drawPlaceholder(PDPageContentStream cs, float x, float y, float w, float h, String imagePath)
            throws IOException {
        Ink.PLACEHOLDER_FILL.fill(cs, options.colour());
        cs.addRect(x, y, w, h);
        cs.fill();
        Ink.PLACEHOLDER_LINE.stroke(cs, options.colour());
        cs.setLineWidth(0.5f);
        cs.addRect(x, y, w, h);
        cs.moveTo(x, y);
        cs.lineTo(x + w, y + h);
        cs.moveTo(x, y + h);
        cs.lineTo(x + w, y);
        cs.stroke();
        String label = imagePath == null || imagePath.isBlank() ? "(no image)" : fileName(imagePath);
        FontFace face = provider.face(FontRole.SANS, FontWeight.REGULAR);
        OutlineText outlines = OutlineText.of(face);
        double size = Math.max(4, Math.min(10, h / 4));
        double width = outlines.width(label, size);
        double room = Math.max(1, w - 4);
        double squeeze = width > room ? room / width : 1;
        double baseline = y + h / 2 - size / 3;
        Ink.PLACEHOLDER_LABEL.fill(cs, options.colour());
        cs.saveGraphicsState();
        // Centred; a label wider than the box is narrowed to fit, as JavaFX's fillText with a maximum width does.
        cs.transform(new Matrix((float) squeeze, 0, 0, 1, (float) (x + w / 2 - width * squeeze / 2), (float) baseline));
        outlines.fill(cs, label, size, 0, 0);
        cs.restoreGraphicsState();
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash >= 0 ? path.substring(slash + 1) : path;
    }

    // ---- printer's marks -----------------------------------------------------------------------------------

    private void drawCropMarks(PDPageContentStream cs, SheetGeometry sheet) throws IOException {
        cs.saveGraphicsState();
        Ink.REGISTRATION.stroke(cs, options.colour());
        cs.setLineWidth(0.25f);
        double[] xs = {0, sheet.trimWidth()};
        double[] ys = {0, sheet.trimHeight()};
        double start = SheetGeometry.BLEED;
        double end = SheetGeometry.BLEED + SheetGeometry.CROP_MARK_LENGTH;
        for (double px : xs) {
            for (double py : ys) {
                double hx = px == 0 ? -1 : 1;
                double vy = py == 0 ? -1 : 1;
                // horizontal mark on the line of the trim's top/bottom edge, outside the page
                cs.moveTo((float) sheet.x(px + hx * start), (float) sheet.y(py));
                cs.lineTo((float) sheet.x(px + hx * end), (float) sheet.y(py));
                // vertical mark on the line of the trim's left/right edge
                cs.moveTo((float) sheet.x(px), (float) sheet.y(py + vy * start));
                cs.lineTo((float) sheet.x(px), (float) sheet.y(py + vy * end));
            }
        }
        cs.stroke();
        cs.restoreGraphicsState();
    }

    private void drawSlug(PDPageContentStream cs, SheetGeometry sheet, int pageNumber) throws IOException {
        String section = options.info().sectionNames().getOrDefault(pageNumber, "");
        String slug = String.join("  ", List.of(
                options.info().issueLabel(),
                "第" + pageNumber + "版" + (section.isEmpty() ? "" : " " + section),
                "导出 " + SLUG_TIME.format(options.exportTime().atZone(options.zone())))).strip();
        FontFace face = provider.face(FontRole.SANS, FontWeight.REGULAR);
        PDType0Font font = fonts.primary(fonts.get(face.id()));
        float size = 7f;
        cs.beginText();
        Ink.REGISTRATION.fill(cs, options.colour());
        cs.setFont(font, size);
        cs.newLineAtOffset((float) sheet.x(0), (float) sheet.y(sheet.trimHeight() + SheetGeometry.BLEED
                + SheetGeometry.CROP_MARK_LENGTH + 3 * SheetGeometry.MM));
        StringBuilder drawable = new StringBuilder();
        slug.codePoints().filter(face::hasGlyph).forEach(drawable::appendCodePoint);
        cs.showText(drawable.toString());
        cs.endText();
    }
}
