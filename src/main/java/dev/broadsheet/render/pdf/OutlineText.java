package dev.broadsheet.render.pdf;

import dev.broadsheet.fonts.FontFace;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws a label as filled glyph outlines rather than as text. Used for what the exporter adds on its own
 * (an image placeholder's file name): it must be seen on the proof, but it is not the page's text, so
 * it must not turn up when a proofreader searches or copies the PDF's text.
 */
final class OutlineText {
    private static final Map<String, OutlineText> CACHE = new ConcurrentHashMap<>();

    private final FontFace face;
    private final TrueTypeFont ttf;
    private final CmapLookup cmap;
    private final double unitsPerEm;

    private OutlineText(FontFace face) throws IOException {
        this.face = face;
        this.ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.openStream()));
        this.cmap = ttf.getUnicodeCmapLookup();
        this.unitsPerEm = ttf.getUnitsPerEm();
    }

    static OutlineText of(FontFace face) {
        return CACHE.computeIfAbsent(face.id(), id -> {
            try {
                return new OutlineText(face);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + id + " for outlines", e);
            }
        });
    }

    /** The label's width at a size, in points. */
    double width(String text, double size) {
        double w = 0;
        for (int cp : text.codePoints().toArray()) {
            double a = face.advance(cp);
            w += (Double.isNaN(a) ? 0.5 : a) * size;
        }
        return w;
    }

    /** Adds the outlines of {@code text} to the current path, starting at a PDF-space baseline point, and fills them. */
    synchronized void fill(PDPageContentStream cs, String text, double size, double x, double baseline) throws IOException {
        double pen = x;
        double scale = size / unitsPerEm;
        boolean any = false;
        for (int cp : text.codePoints().toArray()) {
            int gid = cmap.getGlyphId(cp);
            GlyphData glyph = gid > 0 ? ttf.getGlyph().getGlyph(gid) : null;
            if (glyph != null) {
                GeneralPath path = glyph.getPath();
                AffineTransform at = new AffineTransform(scale, 0, 0, scale, pen, baseline);
                any |= appendPath(cs, path.getPathIterator(at));
            }
            double a = face.advance(cp);
            pen += (Double.isNaN(a) ? 0.5 : a) * size;
        }
        if (any) {
            cs.fill();
        }
    }

    private static boolean appendPath(PDPageContentStream cs, PathIterator it) throws IOException {
        double[] c = new double[6];
        double curX = 0;
        double curY = 0;
        boolean any = false;
        while (!it.isDone()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    cs.moveTo((float) c[0], (float) c[1]);
                    curX = c[0];
                    curY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    cs.lineTo((float) c[0], (float) c[1]);
                    curX = c[0];
                    curY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // A quadratic Bézier as the cubic with control points 2/3 of the way to the quadratic's.
                    double c1x = curX + 2.0 / 3 * (c[0] - curX);
                    double c1y = curY + 2.0 / 3 * (c[1] - curY);
                    double c2x = c[2] + 2.0 / 3 * (c[0] - c[2]);
                    double c2y = c[3] + 2.0 / 3 * (c[1] - c[3]);
                    cs.curveTo((float) c1x, (float) c1y, (float) c2x, (float) c2y, (float) c[2], (float) c[3]);
                    curX = c[2];
                    curY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    cs.curveTo((float) c[0], (float) c[1], (float) c[2], (float) c[3], (float) c[4], (float) c[5]);
                    curX = c[4];
                    curY = c[5];
                }
                case PathIterator.SEG_CLOSE -> cs.closePath();
                default -> throw new IllegalStateException("unknown path segment");
            }
            any = true;
            it.next();
        }
        return any;
    }
}
