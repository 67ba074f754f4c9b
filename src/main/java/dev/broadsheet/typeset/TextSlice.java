package dev.broadsheet.typeset;

import dev.broadsheet.typeset.PlacedItem.PlacedLine;
import dev.broadsheet.typeset.PlacedItem.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a range of a paragraph's characters sits on one composed line: from the x of its first glyph to the
 * x of the glyph after its last, over the line's em box (ideographic em box: 0.88 em above the baseline,
 * 0.12 em below, as the bundled CJK faces are drawn). The proof PDF's annotations and the proof-mode
 * highlights both place marks with it, so a mark covers the same words on screen and on paper.
 */
public record TextSlice(double x1, double x2, double top, double bottom) {

    public double width() {
        return Math.max(0, x2 - x1);
    }

    public double height() {
        return bottom - top;
    }

    /**
     * The slice of characters {@code [from, to)} of {@code paragraph} on {@code line}, whose {@link SourceSpan}
     * must cover them. When the line's characters cannot be matched to the paragraph (the composer changed
     * them), the whole line is given; empty when the line has no glyphs.
     */
    public static Optional<TextSlice> of(PlacedLine line, String paragraph, int from, int to) {
        SourceSpan s = line.source();
        String lineText = line.text();
        String spanText = paragraph.substring(Math.min(s.start(), paragraph.length()), Math.min(s.end(), paragraph.length()));
        // The line's glyphs are its span's characters, after the dateline on a paragraph's first line.
        int prefix = lineText.endsWith(spanText) ? lineText.length() - spanText.length()
                : lineText.startsWith(spanText) ? 0 : -1;
        List<double[]> glyphs = new ArrayList<>();   // x, size per code point
        double maxSize = 0;
        for (GlyphRun run : line.runs()) {
            for (int i = 0; i < run.length(); i++) {
                glyphs.add(new double[] {run.xAt(i), run.size()});
            }
            maxSize = Math.max(maxSize, run.size());
        }
        if (glyphs.isEmpty()) {
            return Optional.empty();
        }
        double top = line.baseline() - maxSize * 0.88;
        double bottom = line.baseline() + maxSize * 0.12;
        double[] last = glyphs.get(glyphs.size() - 1);
        double lineEnd = last[0] + last[1];
        if (prefix < 0) {
            return Optional.of(new TextSlice(glyphs.get(0)[0], lineEnd, top, bottom));
        }
        int a = Math.min(lineText.codePointCount(0, Math.min(lineText.length(), prefix + (from - s.start()))), glyphs.size() - 1);
        int b = lineText.codePointCount(0, Math.min(lineText.length(), prefix + (to - s.start())));
        double x1 = glyphs.get(a)[0];
        double x2 = b < glyphs.size() ? glyphs.get(b)[0] : lineEnd;
        return Optional.of(new TextSlice(x1, Math.max(x1, x2), top, bottom));
    }
}
