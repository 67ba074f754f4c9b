package dev.broadsheet.render.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The few colours the exporter uses, each in RGB for proofs and in CMYK for the press. Black is pure K on
 * press so text and rules print on the black plate alone (no registration trouble on newsprint).
 */
enum Ink {
    BLACK(0, 0, 0, 0, 0, 0, 1),
    /**
     * An image placeholder's ground: a light grey a proofreader cannot mistake for a photo. The same greys
     * and red as the canvas (render.fx FxPageRenderer), so the screen and the PDF look alike.
     */
    PLACEHOLDER_FILL(0xd8 / 255f, 0xd8 / 255f, 0xd8 / 255f, 0, 0, 0, 0.15f),
    PLACEHOLDER_LINE(0x70 / 255f, 0x70 / 255f, 0x70 / 255f, 0, 0, 0, 0.55f),
    PLACEHOLDER_LABEL(0x70 / 255f, 0x70 / 255f, 0x70 / 255f, 0, 0, 0, 0.55f),
    /** Missing-glyph markers (补字): red, to be seen and fixed before the page goes to press. */
    MARKER(0xd0 / 255f, 0x20 / 255f, 0x20 / 255f, 0, 0.9f, 0.9f, 0),
    /** Crop marks print on every plate. */
    REGISTRATION(0, 0, 0, 1, 1, 1, 1);

    private final float r;
    private final float g;
    private final float b;
    private final float c;
    private final float m;
    private final float y;
    private final float k;

    Ink(float r, float g, float b, float c, float m, float y, float k) {
        this.r = r;
        this.g = g;
        this.b = b;
        this.c = c;
        this.m = m;
        this.y = y;
        this.k = k;
    }

    void fill(PDPageContentStream cs, PdfExportOptions.Colour mode) throws IOException {
        if (mode == PdfExportOptions.Colour.PRESS_CMYK) {
            cs.setNonStrokingColor(c, m, y, k);
        } else {
            cs.setNonStrokingColor(r, g, b);
        }
    }

    void stroke(PDPageContentStream cs, PdfExportOptions.Colour mode) throws IOException {
        if (mode == PdfExportOptions.Colour.PRESS_CMYK) {
            cs.setStrokingColor(c, m, y, k);
        } else {
            cs.setStrokingColor(r, g, b);
        }
    }
}
