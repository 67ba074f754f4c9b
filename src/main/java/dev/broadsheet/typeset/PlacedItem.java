package dev.broadsheet.typeset;

import dev.broadsheet.model.RuleStyle;
import dev.broadsheet.model.TextRole;
import java.util.List;
import java.util.Objects;

/**
 * Something the composer placed on a page. Renderers draw these and nothing else, so the canvas and the
 * PDF cannot disagree. All coordinates are in points (1/72 in), origin at the top-left corner of the
 * page's trim box, y growing downwards.
 */
public sealed interface PlacedItem {

    /**
     * One composed line of text: the runs on it, in reading order.
     *
     * @param frameId   the frame the line sits in
     * @param storyId   the story it belongs to, or null (page header)
     * @param role      what the line is (body, headline, caption …)
     * @param column    the text column inside the frame, 0-based
     * @param lineIndex the line's index inside its paragraph (or deck element), 0-based
     * @param x         left edge of the line's measure
     * @param baseline  the baseline's y
     * @param measure   the width the line was set to
     * @param source    where the line's characters come from in the story
     */
    record PlacedLine(String frameId, String storyId, TextRole role, int column, int lineIndex,
                      double x, double baseline, double measure, List<GlyphRun> runs, SourceSpan source)
            implements PlacedItem {
        public PlacedLine {
            Objects.requireNonNull(frameId, "frameId");
            Objects.requireNonNull(role, "role");
            runs = List.copyOf(runs);
        }

        /** The line's characters as they will be extracted from the PDF. */
        public String text() {
            StringBuilder b = new StringBuilder();
            for (GlyphRun run : runs) {
                b.append(run.text());
            }
            return b.toString();
        }
    }

    /** A rule (between stories, under a header, a frame's rule content). */
    record PlacedRule(String frameId, RuleStyle style, double x1, double y1, double x2, double y2, double weight)
            implements PlacedItem {
    }

    /**
     * An image, or its placeholder when the file is missing or unreadable.
     *
     * @param imagePath path relative to the issue folder, or null when none is chosen yet
     * @param clipX     the frame area the image shows in (the clip)
     * @param imageX    where the image's top-left corner goes and how large it is drawn (may exceed the clip)
     */
    record PlacedImage(String frameId, String photoId, String imagePath,
                       double clipX, double clipY, double clipWidth, double clipHeight,
                       double imageX, double imageY, double imageWidth, double imageHeight)
            implements PlacedItem {
    }

    /**
     * A character no available font has (补字): drawn as a visible marker box, never dropped.
     */
    record MissingGlyphMarker(String frameId, String storyId, int codePoint, double x, double baseline,
                              double width, double size) implements PlacedItem {
    }

    /** Where a placed line's characters came from: paragraph index in the story and char offsets in it. */
    record SourceSpan(int section, int paragraph, int start, int end) {
    }

    /** The role used for text with no story (page header). */
    TextRole HEADER_ROLE = TextRole.PAGE_HEADER;
}
