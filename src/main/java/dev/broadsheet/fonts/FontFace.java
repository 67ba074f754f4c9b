package dev.broadsheet.fonts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 *
 * <p>A face may be {@linkplain #deferred deferred}: its file is read and parsed on first use, once, by the
 * first thread that needs it (others wait for that thread rather than parse it again). Parsing a bundled CJK
 * face takes tens of milliseconds cold, and a page rarely needs all five faces, so the command line and the
 * workstation start without parsing the ones they do not use (issue 8). The metrics are the same either way.
 */
public final class FontFace {
    private static final int BMP = 0x10000;

    /** Where a deferred face's bytes come from (a class-path resource, a file). */
    @FunctionalInterface
    public interface Source {
        byte[] read() throws IOException;
    }

    /** What parsing the file gives; all of it or nothing. */
    private record Metrics(String family, String style, int unitsPerEm, double ascent, double descent,
                           float[] advances) {
    }

    private final String id;
    private final Source source;
    private volatile byte[] data;
    private volatile Metrics metrics;

    private FontFace(String id, Source source) {
        this.id = Objects.requireNonNull(id, "id");
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Reads a TrueType (glyf) font file's metrics now. */
    public static FontFace read(String id, byte[] data) throws IOException {
        Objects.requireNonNull(data, "data");
        FontFace face = new FontFace(id, () -> data);
        face.data = data;
        face.metrics = parse(id, data);
        return face;
    }

    /**
     * A face whose file is read and parsed when first needed. A file that cannot be read or parsed then throws
     * an {@link UncheckedIOException} naming the face, from the first method that needs its metrics or bytes.
     */
    public static FontFace deferred(String id, Source source) {
        return new FontFace(id, source);
    }

    /** Reads and parses the file now if that has not happened yet (for a background preload). */
    public FontFace load() {
        metrics();
        return this;
    }

    /** Whether the metrics are in memory already (a test and the start-up trace look). */
    public boolean isLoaded() {
        return metrics != null;
    }

    private static Metrics parse(String id, byte[] data) throws IOException {
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
            return new Metrics(family, style, upem, (double) hhea.getAscender() / upem,
                    (double) -hhea.getDescender() / upem, advances);
        }
    }

    private byte[] bytes() {
        byte[] d = data;
        if (d == null) {
            synchronized (this) {
                d = data;
                if (d == null) {
                    try {
                        d = Objects.requireNonNull(source.read(), "no bytes");
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read font " + id + ": " + e.getMessage(), e);
                    }
                    data = d;
                }
            }
        }
        return d;
    }

    private Metrics metrics() {
        Metrics m = metrics;
        if (m == null) {
            synchronized (this) {
                m = metrics;
                if (m == null) {
                    try {
                        m = parse(id, bytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot parse font " + id + " (not a TrueType file?): "
                                + e.getMessage(), e);
                    }
                    metrics = m;
                }
            }
        }
        return m;
    }

    /** A stable identifier, the font file's base name (e.g. {@code BroadsheetSerifSC-Regular}). */
    public String id() {
        return id;
    }

    public String family() {
        return metrics().family();
    }

    public String style() {
        return metrics().style();
    }

    public int unitsPerEm() {
        return metrics().unitsPerEm();
    }

    /** Ascender as a fraction of the em (positive, above the baseline). */
    public double ascent() {
        return metrics().ascent();
    }

    /** Descender as a fraction of the em (positive, below the baseline). */
    public double descent() {
        return metrics().descent();
    }

    public boolean hasGlyph(int codePoint) {
        return codePoint >= 0 && codePoint < BMP && !Float.isNaN(metrics().advances()[codePoint]);
    }

    /** The advance width of a code point in em (multiply by the size in points); NaN if there is no glyph. */
    public double advance(int codePoint) {
        return codePoint >= 0 && codePoint < BMP ? metrics().advances()[codePoint] : Double.NaN;
    }

    /**
     * The font file's bytes, for the renderers (PDFBox embeds a subset; JavaFX loads the face). Does not parse
     * a deferred face: the workstation hands its interface face to JavaFX before the composer needs metrics.
     */
    public InputStream openStream() {
        return new ByteArrayInputStream(bytes());
    }

    public int fileSize() {
        return bytes().length;
    }

    @Override
    public String toString() {
        return id;
    }
}
