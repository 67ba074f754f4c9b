package dev.broadsheet.ui.proof;

import dev.broadsheet.model.Anchor;
import dev.broadsheet.model.Issue;
import dev.broadsheet.review.AnchoredMark;
import dev.broadsheet.review.TextAnchors;
import dev.broadsheet.typeset.FrameBox;
import dev.broadsheet.typeset.LaidOutPage;
import dev.broadsheet.typeset.PlacedItem.PlacedLine;
import dev.broadsheet.typeset.TextSlice;
import dev.broadsheet.typeset.PlacedItem.SourceSpan;
import java.util.ArrayList;
import java.util.List;

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
            place(page, issue, m.mark().anchor(), m.mark().id(), m.mark().state().isOpen(), m.needsAttention(), out);
        }
        return out;
    }

    /** Where the proofreader's current choice (not yet a mark) sits on the page; id {@code "target"}. */
    public static List<Highlight> target(LaidOutPage page, Issue issue, PageTarget target) {
        List<Highlight> out = new ArrayList<>();
        if (target != null) {
            try {
                place(page, issue, target.anchorOn(issue), "target", true, false, out);
            } catch (IllegalArgumentException gone) {
                // The words chosen are gone (the issue re-flowed under an accepted correction): nothing to show.
            }
        }
        return out;
    }

    private static void place(LaidOutPage page, Issue issue, Anchor anchor, String id, boolean open, boolean attention,
                              List<Highlight> out) {
        if (anchor instanceof Anchor.TextAnchor t) {
            String paragraph = TextAnchors.paragraphText(issue, t.storyId(), t.section(), t.paragraph()).orElse(null);
            if (paragraph == null) {
                return;
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
                    TextSlice.of(line, paragraph, from, Math.max(from, to)).ifPresent(r ->
                            out.add(new Highlight(id, point ? r.x2() - 1 : r.x1(), r.top(), Math.max(r.width(), 2), r.height(), open, attention)));
                    if (point) {
                        break;   // a point at a line's end is also the next line's start: show it once
                    }
                }
            }
        } else if (anchor instanceof Anchor.FrameAnchor f && f.page() == page.pageNumber()) {
            page.frames().stream().filter(b -> b.frameId().equals(f.frameId())).findFirst().ifPresent((FrameBox b) ->
                    out.add(new Highlight(id, b.x(), b.y(), b.width(), b.height(), open, attention)));
        } else if (anchor instanceof Anchor.PointAnchor p && p.page() == page.pageNumber()) {
            out.add(new Highlight(id, p.x().toPoints() - POINT_SIZE / 2, p.y().toPoints() - POINT_SIZE / 2,
                    POINT_SIZE, POINT_SIZE, open, attention));
        }
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
                    TextSlice.of(line, paragraph, from, Math.min(to, paragraph.length())).ifPresent(r ->
                            out.add(new Highlight("text", r.x1(), r.top(), Math.max(r.width(), 2), r.height(), true, false)));
                }
            }
        }
        for (var f : changes.frames()) {
            page.frames().stream().filter(b -> b.frameId().equals(f.frameId())).findFirst().ifPresent(b ->
                    out.add(new Highlight(f.frameId(), b.x(), b.y(), b.width(), b.height(), true, false)));
        }
        return out;
    }
}
