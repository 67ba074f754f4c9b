package dev.broadsheet.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Objects;

/**
 * Where a proof mark sits: on a stretch of a story's text, on a frame, or on a point of a page.
 *
 * <p>Text anchors keep the quoted text and a little context on either side, so a mark made against an
 * older revision can be found again after the layout editor kept working (see review.Reanchoring).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Anchor.TextAnchor.class, name = "text"),
        @JsonSubTypes.Type(value = Anchor.FrameAnchor.class, name = "frame"),
        @JsonSubTypes.Type(value = Anchor.PointAnchor.class, name = "point")
})
public sealed interface Anchor {

    /** A short human-readable description, e.g. {@code story s1 §0 ¶2 [5,7) “高新”}. */
    String describe();

    /**
     * A range of a story's text, in the coordinates of {@code PlacedItem.SourceSpan}: section index,
     * paragraph index within the section, and char offsets {@code [start, end)} in the paragraph's text.
     * The headline deck is section {@link #DECK} with paragraph {@link #KICKER}, {@link #HEADLINE} or
     * {@link #SUBHEAD}, as the composer numbers the deck's lines.
     *
     * @param quote  the marked text as it read when the mark was made (empty for an insertion point)
     * @param before up to a few characters just before the quote, to find it again
     * @param after  up to a few characters just after it
     */
    record TextAnchor(String storyId, int section, int paragraph, int start, int end,
                      String quote, String before, String after) implements Anchor {
        /** The section number of the headline deck. */
        public static final int DECK = -1;
        public static final int KICKER = 0;
        public static final int HEADLINE = 1;
        public static final int SUBHEAD = 2;

        public TextAnchor {
            Objects.requireNonNull(storyId, "storyId");
            if (section < DECK || paragraph < 0 || start < 0 || end < start || (section == DECK && paragraph > SUBHEAD)) {
                throw new IllegalArgumentException("bad text anchor: section " + section + ", paragraph " + paragraph
                        + ", range [" + start + "," + end + ")");
            }
            quote = quote == null ? "" : quote;
            before = before == null ? "" : before;
            after = after == null ? "" : after;
            if (quote.length() != end - start) {
                throw new IllegalArgumentException("the quote '" + quote + "' is not " + (end - start) + " chars long");
            }
        }

        public TextAnchor at(int newSection, int newParagraph, int newStart) {
            return new TextAnchor(storyId, newSection, newParagraph, newStart, newStart + quote.length(), quote, before, after);
        }

        /** Whether the anchor is on the headline deck (引题, 主题, 副题) rather than the body. */
        public boolean onDeck() {
            return section == DECK;
        }

        @Override
        public String describe() {
            String where = onDeck() ? new String[] {"引题", "主题", "副题"}[paragraph] : "§" + section + " ¶" + paragraph;
            return "story " + storyId + " " + where + " [" + start + "," + end + ") “" + quote + "”";
        }
    }

    /** A whole frame (a photo, a headline frame, a story's frame). */
    record FrameAnchor(int page, String frameId) implements Anchor {
        public FrameAnchor {
            Objects.requireNonNull(frameId, "frameId");
        }

        @Override
        public String describe() {
            return "page " + page + " frame " + frameId;
        }
    }

    /** A point of a page, measured from the trim box's top-left corner. */
    record PointAnchor(int page, Length x, Length y) implements Anchor {
        public PointAnchor {
            Objects.requireNonNull(x, "x");
            Objects.requireNonNull(y, "y");
        }

        @Override
        public String describe() {
            return "page " + page + " at " + x + ", " + y;
        }
    }
}
