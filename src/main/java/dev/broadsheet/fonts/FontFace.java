package dev.broadsheet.fonts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One TrueType face with the metrics the composer needs, read once from the font file with fontbox.
 *
 * <p>Widths come from the file's own {@code hmtx} advances, never assumed: in Noto SC the em dash is
 * 0.89 em, not 1 (TYPESETTING.md §8). JavaFX lays text out with exactly these advances, so the composer,
 * the canvas and the PDF agree to the unit. The face is immutable and safe to share between threads.
 */
public final class FontFace {
    private static final int BMP = 0x10000;

    private final String id;
    private final String family;
    private final String style;
    private final byte[] data;
    private final int unitsPerEm;
    private final double ascent;
    private final double descent;
    /** Advance in em per BMP code point; NaN where the face has no glyph. */
    private final float[] advances;

    private FontFace(String id, String family, String style, byte[] data, int unitsPerEm,
                     double ascent, double descent, float[] advances) {
        this.id = id;
        this.family = family;
        this.style = style;
        this.data = data;
        this.unitsPerEm = unitsPerEm;
        this.ascent = ascent;
        this.descent = descent;
        this.advances = advances;
    }

    /** Reads a TrueType (glyf) font file's metrics. */
    public static FontFace read(String id, byte[] data) throws IOException {
        Objects.requireNonNull(id, "id");
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data))) {
            int upem = ttf.getUnitsPerEm();
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            float[] advances = new float[BMP];
            Arrays.fill(advances, Float.NaN);
            for (int cp = 0; cp < BMP; cp++) {
                int gid = cmap.getGlyphId(cp);
                if (gid > 0) {
                    advances[cp] = (float) ttf.getAdvanceWidth(gid) / upem;
                }
            }
            var hhea = ttf.getHorizontalHeader();
            String family = ttf.getNaming() != null && ttf.getNaming().getFontFamily() != null
                    ? ttf.getNaming().getFontFamily() : id;
            String style = ttf.getNaming() != null && ttf.getNaming().getFontSubFamily() != null
                    ? ttf.getNaming().getFontSubFamily() : "Regular";
            return new FontFace(id, family, style, data, upem,
                    (double) hhea.getAscender() / upem, (double) -hhea.getDescender() / upem, advances);
        }
    }

    /** A stable identifier, the font file's base name (e.g. {@code BroadsheetSerifSC-Regular}). */
    public String id() {
        return id;
    }

    public String family() {
        return family;
    }

    public String style() {
        return style;
    }

    public int unitsPerEm() {
        return unitsPerEm;
    }

    /** Ascender as a fraction of the em (positive, above the baseline). */
    public double ascent() {
        return ascent;
    }

    /** Descender as a fraction of the em (positive, below the baseline). */
    public double descent() {
        return descent;
    }

    public boolean hasGlyph(int codePoint) {
        return codePoint >= 0 && codePoint < BMP && !Float.isNaN(advances[codePoint]);
    }

    /** The advance width of a code point in em (multiply by the size in points); NaN if there is no glyph. */
    public double advance(int codePoint) {
        return codePoint >= 0 && codePoint < BMP ? advances[codePoint] : Double.NaN;
    }

    /** The font file's bytes, for the renderers (PDFBox embeds a subset; JavaFX loads the face). */
    public InputStream openStream() {
        return new ByteArrayInputStream(data);
    }

    public int fileSize() {
        return data.length;
    }

    @Override
    public String toString() {
        return id;
    }
}
