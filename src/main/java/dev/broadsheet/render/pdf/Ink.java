package dev.broadsheet.render.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The few colours the exporter uses, each in RGB for proofs and in CMYK for the press. Black is pure K on
 * press so text and rules print on the black plate alone (no registration trouble on newsprint).
 */
enum Ink {
    BLACK(0, 0, 0, 0, 0, 0, 1),
    /** No ink: the paper shows. */
    PAPER(1, 1, 1, 0, 0, 0, 0),
    /** An image placeholder's ground: a light grey a proofreader cannot mistake for a photo. */
    PLACEHOLDER_FILL(0.88f, 0.88f, 0.88f, 0, 0, 0, 0.15f),
    PLACEHOLDER_LINE(0.55f, 0.55f, 0.55f, 0, 0, 0, 0.5f),
    PLACEHOLDER_LABEL(0.25f, 0.25f, 0.25f, 0, 0, 0, 0.8f),
    /** Missing-glyph markers: magenta, the colour prepress uses for "something is wrong here". */
    MARKER(0.9f, 0, 0.6f, 0, 1, 0, 0),
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
