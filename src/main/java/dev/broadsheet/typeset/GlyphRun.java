package dev.broadsheet.typeset;

import java.util.Arrays;
import java.util.Objects;

/**
 * Characters in one face and size on one baseline, each at its own x.
 *
 * <p>Positions are given per character because justification and punctuation squeezing move characters
 * individually; renderers place each glyph at exactly this x (PDF: positioned text; canvas: one glyph
 * per draw) and never measure text themselves.
 *
 * @param faceId   the {@link dev.broadsheet.fonts.FontFace#id()} to draw with
 * @param size     type size in points
 * @param text     the characters, as typed (what PDF text extraction must give back)
 * @param x        the x of each code point's glyph origin, one entry per code point of {@code text}
 * @param baseline the baseline's y
 */
public record GlyphRun(String faceId, double size, String text, double[] x, double baseline) {
    public GlyphRun {
        Objects.requireNonNull(faceId, "faceId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(x, "x");
        if (text.codePointCount(0, text.length()) != x.length) {
            throw new IllegalArgumentException("one x per code point: " + text.codePointCount(0, text.length())
                    + " code points, " + x.length + " positions");
        }
        x = x.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    /** The x of the i-th code point without copying the array. */
    public double xAt(int codePointIndex) {
        return x[codePointIndex];
    }

    public int length() {
        return x.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlyphRun g && g.faceId.equals(faceId) && g.size == size && g.text.equals(text)
                && Arrays.equals(g.x, x) && g.baseline == baseline;
    }

    @Override
    public int hashCode() {
        return Objects.hash(faceId, size, text, Arrays.hashCode(x), baseline);
    }

    @Override
    public String toString() {
        return "GlyphRun[" + faceId + " " + size + "pt '" + text + "' @" + (x.length > 0 ? x[0] : 0) + "," + baseline + "]";
    }
}
