package dev.broadsheet.ui.proof;

import dev.broadsheet.model.Anchor;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.review.TextAnchors;

/**
 * What the proofreader chose to mark: words of a story (dragged over on the page, or typed), a whole frame
 * (Shift+click, or a click on a frame off its text), or a point of the page (a click on empty paper).
 */
public sealed interface PageTarget {

    /** The anchor a mark on this target gets, with the quote and context taken from the issue as it is now. */
    Anchor anchorOn(Issue issue);

    /** Words of a story; {@code start == end} is a point between two characters (for 增补 and 另起). */
    record Text(TextSelection selection) implements PageTarget {
        @Override
        public Anchor.TextAnchor anchorOn(Issue issue) {
            TextSelection s = selection;
            String paragraph = TextAnchors.paragraphText(issue, s.storyId(), s.section(), s.paragraph())
                    .orElseThrow(() -> new IllegalArgumentException("story " + s.storyId() + " has no paragraph "
                            + s.section() + "/" + s.paragraph()));
            if (s.end() > paragraph.length()) {
                throw new IllegalArgumentException("the selection [" + s.start() + "," + s.end() + ") runs past the paragraph's "
                        + paragraph.length() + " chars");
            }
            return TextAnchors.of(issue, s.storyId(), s.section(), s.paragraph(), s.start(), s.end());
        }

        public boolean isPoint() {
            return selection.start() == selection.end();
        }
    }

    /** A whole frame of a page. */
    record Frame(int page, String frameId) implements PageTarget {
        @Override
        public Anchor anchorOn(Issue issue) {
            return new Anchor.FrameAnchor(page, frameId);
        }
    }

    /** A point of a page, in points from the trim's top-left corner. */
    record Point(int page, double x, double y) implements PageTarget {
        @Override
        public Anchor anchorOn(Issue issue) {
            return new Anchor.PointAnchor(page, Length.pt(x), Length.pt(y));
        }
    }
}
