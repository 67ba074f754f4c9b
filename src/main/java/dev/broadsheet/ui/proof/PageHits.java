package dev.broadsheet.ui.proof;

import dev.broadsheet.model.Issue;
import dev.broadsheet.review.TextAnchors;
import dev.broadsheet.typeset.FrameBox;
import dev.broadsheet.typeset.LaidOutPage;
import dev.broadsheet.typeset.PlacedItem.PlacedLine;
import dev.broadsheet.typeset.PlacedItem.SourceSpan;
import dev.broadsheet.typeset.TextSlice;
import java.util.List;
import java.util.Optional;

/**
 * Turns a click or a drag on a composed page (in page points) into what it chose: a story's characters, a
 * frame, or a point. The page's lines say which paragraph characters they carry ({@link SourceSpan}) and
 * {@link TextSlice} says where each character's glyph stands, the same mapping the highlights and the proof
 * PDF use, so the words picked are the words later highlighted. Pure: tested on a composed page, no window.
 */
public final class PageHits {

    /**
     * How far above or below a line's em box a point still belongs to it, as a share of the em box's height.
     * Body text is set at about 1.5 em leading (TYPESETTING.md), leaving about half an em between em boxes: a
     * point in that gap goes to the nearer line, and points further off (between paragraphs' frames) to none.
     */
    static final double LINE_REACH = 0.4;

    /** A caret between two characters of a story paragraph, in the coordinates of {@link SourceSpan}. */
    public record Caret(String storyId, int section, int paragraph, int offset) {
        boolean sameParagraph(Caret other) {
            return storyId.equals(other.storyId) && section == other.section && paragraph == other.paragraph;
        }

        boolean before(Caret other) {
            return section != other.section ? section < other.section : paragraph < other.paragraph;
        }
    }

    private PageHits() {
    }

    /** The caret nearest {@code (x, y)} on a story line of the page, or empty when the point is on no line. */
    public static Optional<Caret> caretAt(LaidOutPage page, Issue issue, double x, double y) {
        PlacedLine best = null;
        String bestText = null;
        double bestDistance = Double.MAX_VALUE;
        for (PlacedLine line : page.lines()) {
            SourceSpan s = line.source();
            if (line.storyId() == null || s == null || x < line.x() || x > line.x() + line.measure()) {
                continue;
            }
            String paragraph = TextAnchors.paragraphText(issue, line.storyId(), s.section(), s.paragraph()).orElse(null);
            if (paragraph == null || s.end() > paragraph.length()) {
                continue;
            }
            Optional<TextSlice> box = TextSlice.of(line, paragraph, s.start(), s.end());
            if (box.isEmpty()) {
                continue;
            }
            TextSlice b = box.get();
            double distance = y < b.top() ? b.top() - y : y > b.bottom() ? y - b.bottom() : 0;
            if (distance <= b.height() * LINE_REACH && distance < bestDistance) {
                best = line;
                bestText = paragraph;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        SourceSpan s = best.source();
        int nearest = s.start();
        double nearestGap = Double.MAX_VALUE;
        for (int offset = s.start(); offset <= s.end(); offset++) {
            if (offset < bestText.length() && Character.isLowSurrogate(bestText.charAt(offset))) {
                continue;   // never between the halves of a character outside the BMP (many 生僻字 are)
            }
            double gap = Math.abs(caretX(best, bestText, offset) - x);
            if (gap < nearestGap) {
                nearest = offset;
                nearestGap = gap;
            }
        }
        return Optional.of(new Caret(best.storyId(), s.section(), s.paragraph(), nearest));
    }

    /** The x of a caret before character {@code offset} of the line's paragraph (after its last, at the end). */
    static double caretX(PlacedLine line, String paragraph, int offset) {
        return TextSlice.of(line, paragraph, offset, offset).map(TextSlice::x2).orElse(line.x());
    }

    /**
     * What a click at {@code (x, y)} chose: a point in a story's text; else the frame under it (the top one:
     * frames are drawn in list order); else the point of the page. With {@code wholeFrame} (Shift+click) a
     * click on text chooses its frame.
     */
    public static PageTarget click(LaidOutPage page, Issue issue, double x, double y, boolean wholeFrame) {
        if (!wholeFrame) {
            Optional<Caret> caret = caretAt(page, issue, x, y);
            if (caret.isPresent()) {
                Caret c = caret.get();
                return new PageTarget.Text(new TextSelection(c.storyId(), c.section(), c.paragraph(), c.offset(), c.offset()));
            }
        }
        List<FrameBox> frames = page.frames();
        for (int i = frames.size() - 1; i >= 0; i--) {
            FrameBox f = frames.get(i);
            if (x >= f.x() && x <= f.x() + f.width() && y >= f.y() && y <= f.y() + f.height()) {
                return new PageTarget.Frame(page.pageNumber(), f.frameId());
            }
        }
        return new PageTarget.Point(page.pageNumber(), x, y);
    }

    /**
     * What a drag from {@code (x1, y1)} to {@code (x2, y2)} chose: the characters between the two carets. A mark
     * covers one paragraph (that is how anchors are kept and found again), so a drag into another paragraph
     * stops at the end (or, dragging backwards, the start) of the paragraph where it began. A drag with only one
     * end on the text is a point there; one that touches no text is a click where it began.
     */
    public static PageTarget drag(LaidOutPage page, Issue issue, double x1, double y1, double x2, double y2) {
        Optional<Caret> from = caretAt(page, issue, x1, y1);
        Optional<Caret> to = caretAt(page, issue, x2, y2);
        if (from.isEmpty() && to.isEmpty()) {
            return click(page, issue, x1, y1, false);
        }
        Caret a = from.orElse(to.get());
        Caret b = to.orElse(a);
        int start;
        int end;
        if (a.sameParagraph(b)) {
            start = Math.min(a.offset(), b.offset());
            end = Math.max(a.offset(), b.offset());
        } else if (a.storyId().equals(b.storyId()) && b.before(a)) {
            start = 0;
            end = a.offset();
        } else {
            start = a.offset();
            end = TextAnchors.paragraphText(issue, a.storyId(), a.section(), a.paragraph()).map(String::length).orElse(a.offset());
        }
        return new PageTarget.Text(new TextSelection(a.storyId(), a.section(), a.paragraph(), start, end));
    }
}
