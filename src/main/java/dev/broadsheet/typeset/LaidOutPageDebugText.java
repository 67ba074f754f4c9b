package dev.broadsheet.typeset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The plain-text debug form of a laid-out page, for golden tests (ARCHITECTURE.md): one line per placed line
 * of text — frame, column, line index, x, baseline, measure, role and text — plus one line per frame, rule,
 * image and 补字 marker. Numbers are printed with two decimals in the root locale, so the form is stable
 * across machines. A missing glyph shows as {@code ⟦U+XXXX⟧} inside its line's text, where it sits.
 */
public final class LaidOutPageDebugText {
    private LaidOutPageDebugText() {
    }

    /** How much the debug text shows. */
    public enum Detail {
        /** One line per placed line. */
        LINES,
        /** Also each glyph's x, relative to its line's x, on an indented line under it. */
        GLYPHS
    }

    public static String of(LaidOutPage page) {
        return of(page, Detail.LINES);
    }

    public static String of(LaidOutPage page, Detail detail) {
        StringBuilder b = new StringBuilder();
        b.append("page ").append(page.pageNumber()).append(' ').append(num(page.width())).append('x')
                .append(num(page.height())).append('\n');
        for (FrameBox f : page.frames()) {
            b.append("frame ").append(f.frameId()).append(' ').append(f.kind()).append(' ')
                    .append(f.contentId() == null ? "-" : f.contentId()).append(" x=").append(num(f.x()))
                    .append(" y=").append(num(f.y())).append(" w=").append(num(f.width())).append(" h=")
                    .append(num(f.height())).append(" cols=").append(f.textColumns()).append('x')
                    .append(num(f.columnWidth())).append('\n');
        }
        List<PlacedItem.MissingGlyphMarker> markers = new ArrayList<>();
        for (PlacedItem item : page.items()) {
            if (item instanceof PlacedItem.MissingGlyphMarker m) {
                markers.add(m);
            }
        }
        for (PlacedItem item : page.items()) {
            if (item instanceof PlacedItem.PlacedLine l) {
                b.append("line ").append(l.frameId()).append(" c").append(l.column()).append(" #").append(l.lineIndex())
                        .append(' ').append(l.role()).append(" x=").append(num(l.x())).append(" y=")
                        .append(num(l.baseline())).append(" m=").append(num(l.measure())).append(" |")
                        .append(lineText(l, markers)).append("|\n");
                if (detail == Detail.GLYPHS) {
                    b.append("  x:");
                    for (GlyphRun run : l.runs()) {
                        for (int i = 0; i < run.length(); i++) {
                            b.append(' ').append(num(run.xAt(i) - l.x()));
                        }
                    }
                    b.append('\n');
                }
            } else if (item instanceof PlacedItem.PlacedRule r) {
                b.append("rule ").append(r.frameId()).append(' ').append(r.style()).append(' ').append(num(r.x1()))
                        .append(',').append(num(r.y1())).append(' ').append(num(r.x2())).append(',').append(num(r.y2()))
                        .append(" w=").append(num(r.weight())).append('\n');
            } else if (item instanceof PlacedItem.PlacedImage i) {
                b.append("image ").append(i.frameId()).append(' ').append(i.photoId()).append(" clip=")
                        .append(num(i.clipX())).append(',').append(num(i.clipY())).append(' ')
                        .append(num(i.clipWidth())).append('x').append(num(i.clipHeight())).append('\n');
            } else if (item instanceof PlacedItem.MissingGlyphMarker m) {
                b.append("missing ").append(m.frameId()).append(String.format(Locale.ROOT, " U+%04X", m.codePoint()))
                        .append(" x=").append(num(m.x())).append(" y=").append(num(m.baseline())).append('\n');
            }
        }
        return b.toString();
    }

    /**
     * A line's characters in order, with each 补字 marker of the same line (same frame and baseline, inside the
     * measure) shown as ⟦U+XXXX⟧ where it sits.
     */
    public static String lineText(PlacedItem.PlacedLine line, List<PlacedItem.MissingGlyphMarker> markers) {
        record Glyph(double x, String text) {
        }
        List<Glyph> glyphs = new ArrayList<>();
        for (GlyphRun run : line.runs()) {
            int i = 0;
            for (int off = 0; off < run.text().length(); ) {
                int cp = run.text().codePointAt(off);
                glyphs.add(new Glyph(run.xAt(i++), new String(Character.toChars(cp))));
                off += Character.charCount(cp);
            }
        }
        for (PlacedItem.MissingGlyphMarker m : markers) {
            if (m.frameId().equals(line.frameId()) && m.baseline() == line.baseline() && m.x() >= line.x() - 0.01
                    && m.x() <= line.x() + line.measure() + 0.01) {
                glyphs.add(new Glyph(m.x(), String.format(Locale.ROOT, "⟦U+%04X⟧", m.codePoint())));
            }
        }
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        StringBuilder b = new StringBuilder();
        glyphs.forEach(g -> b.append(g.text()));
        return b.toString();
    }

    static String num(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return "-0.00".equals(s) ? "0.00" : s;
    }
}
