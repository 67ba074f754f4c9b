package dev.broadsheet.ui.proof;

import dev.broadsheet.model.Anchor;
import dev.broadsheet.model.Issue;
import dev.broadsheet.review.AnchoredMark;
import dev.broadsheet.review.TextAnchors;
import dev.broadsheet.typeset.FrameBox;
import dev.broadsheet.typeset.GlyphRun;
import dev.broadsheet.typeset.LaidOutPage;
import dev.broadsheet.typeset.PlacedItem.PlacedLine;
import dev.broadsheet.typeset.PlacedItem.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each mark sits on a composed page, in page points from the trim's top-left: a text mark as one
 * rectangle per line it covers (from the lines' {@link SourceSpan} and the glyphs' x, as the proof PDF places
 * its annotations), a frame mark as the frame's box, a point mark as a small square. Pure, so it is tested
 * without a window; the overlay only scales the rectangles.
 */
public final class MarkHighlights {

    /** A point mark's square, in points. */
    static final double POINT_SIZE = 8;

    public record Highlight(String markId, double x, double y, double width, double height, boolean open,
                            boolean needsAttention) {
    }

    private MarkHighlights() {
    }

    public static List<Highlight> on(LaidOutPage page, Issue issue, List<AnchoredMark> marks) {
        List<Highlight> out = new ArrayList<>();
        for (AnchoredMark m : marks) {
            boolean open = m.mark().state().isOpen();
            boolean attention = m.needsAttention();
            Anchor anchor = m.mark().anchor();
            if (anchor instanceof Anchor.TextAnchor t) {
                String paragraph = TextAnchors.paragraphText(issue, t.storyId(), t.section(), t.paragraph()).orElse(null);
                if (paragraph == null) {
                    continue;
                }
                for (PlacedLine line : page.lines()) {
                    SourceSpan s = line.source();
                    if (s == null || !t.storyId().equals(line.storyId()) || s.section() != t.section() || s.paragraph() != t.paragraph()) {
                        continue;
                    }
                    int from = Math.max(t.start(), s.start());
                    int to = Math.min(t.end(), s.end());
                    boolean point = t.start() == t.end() && s.start() <= t.start() && t.start() <= s.end();
                    if (from < to || point) {
                        slice(line, paragraph, from, Math.max(from, to)).ifPresent(r ->
                                out.add(new Highlight(m.mark().id(), r[0], r[1], Math.max(r[2], 2), r[3], open, attention)));
                    }
                }
            } else if (anchor instanceof Anchor.FrameAnchor f && f.page() == page.pageNumber()) {
                page.frames().stream().filter(b -> b.frameId().equals(f.frameId())).findFirst().ifPresent((FrameBox b) ->
                        out.add(new Highlight(m.mark().id(), b.x(), b.y(), b.width(), b.height(), open, attention)));
            } else if (anchor instanceof Anchor.PointAnchor p && p.page() == page.pageNumber()) {
                out.add(new Highlight(m.mark().id(), p.x().toPoints() - POINT_SIZE / 2, p.y().toPoints() - POINT_SIZE / 2,
                        POINT_SIZE, POINT_SIZE, open, attention));
            }
        }
        return out;
    }

    /** The text and frames changed since proof on a page, as boxes (the id is the frame's or "text"). */
    public static List<Highlight> changes(LaidOutPage page, Issue issue, dev.broadsheet.review.IssueChanges changes) {
        List<Highlight> out = new ArrayList<>();
        for (var c : changes.text()) {
            String paragraph = TextAnchors.paragraphText(issue, c.storyId(), c.section(), c.paragraph()).orElse(null);
            if (paragraph == null) {
                continue;
            }
            int end = Math.max(c.start() + 1, c.end());
            for (PlacedLine line : page.lines()) {
                SourceSpan s = line.source();
                if (s == null || !c.storyId().equals(line.storyId()) || s.section() != c.section() || s.paragraph() != c.paragraph()) {
                    continue;
                }
                int from = Math.max(c.start(), s.start());
                int to = Math.min(end, s.end());
                if (from < to) {
                    slice(line, paragraph, from, Math.min(to, paragraph.length())).ifPresent(r ->
                            out.add(new Highlight("text", r[0], r[1], Math.max(r[2], 2), r[3], true, false)));
                }
            }
        }
        for (var f : changes.frames()) {
            page.frames().stream().filter(b -> b.frameId().equals(f.frameId())).findFirst().ifPresent(b ->
                    out.add(new Highlight(f.frameId(), b.x(), b.y(), b.width(), b.height(), true, false)));
        }
        return out;
    }

    /** {x, y, width, height} of chars {@code [from, to)} of the paragraph on a line, from its glyphs' x. */
    static Optional<double[]> slice(PlacedLine line, String paragraph, int from, int to) {
        SourceSpan s = line.source();
        String lineText = line.text();
        String spanText = paragraph.substring(Math.min(s.start(), paragraph.length()), Math.min(s.end(), paragraph.length()));
        // The line's glyphs are its span's characters, after the dateline on a paragraph's first line.
        int prefix = lineText.endsWith(spanText) ? lineText.length() - spanText.length() : lineText.startsWith(spanText) ? 0 : -1;
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
        double height = maxSize;
        double[] last = glyphs.get(glyphs.size() - 1);
        if (prefix < 0) {
            return Optional.of(new double[] {glyphs.get(0)[0], top, last[0] + last[1] - glyphs.get(0)[0], height});
        }
        int a = Math.min(lineText.codePointCount(0, prefix + (from - s.start())), glyphs.size() - 1);
        int b = lineText.codePointCount(0, Math.min(lineText.length(), prefix + (to - s.start())));
        double x1 = glyphs.get(a)[0];
        double x2 = b < glyphs.size() ? glyphs.get(b)[0] : last[0] + last[1];
        return Optional.of(new double[] {x1, top, Math.max(0, x2 - x1), height});
    }
}
