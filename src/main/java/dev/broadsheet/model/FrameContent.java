package dev.broadsheet.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Objects;

/** What a frame holds. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = FrameContent.StoryText.class, name = "story"),
        @JsonSubTypes.Type(value = FrameContent.HeadlineText.class, name = "headline"),
        @JsonSubTypes.Type(value = FrameContent.PhotoImage.class, name = "photo"),
        @JsonSubTypes.Type(value = FrameContent.Rule.class, name = "rule")
})
public sealed interface FrameContent {

    /**
     * Part of a story's text. A story's text frames are threaded in {@code threadIndex} order, across
     * pages; text that does not fit the last one is overset.
     */
    record StoryText(String storyId, int threadIndex, DeckPlacement deck, ColumnFill fill) implements FrameContent {
        public StoryText {
            Objects.requireNonNull(storyId, "storyId");
            if (threadIndex < 0) {
                throw new IllegalArgumentException("threadIndex must not be negative");
            }
            if (deck == null) {
                deck = DeckPlacement.NONE;
            }
            if (fill == null) {
                fill = ColumnFill.SEQUENTIAL;
            }
        }
    }

    /** A story's headline deck on its own (e.g. beside the text rather than above it). */
    record HeadlineText(String storyId) implements FrameContent {
        public HeadlineText {
            Objects.requireNonNull(storyId, "storyId");
        }
    }

    /**
     * A photo with caption, title and credit under it.
     *
     * @param scale image scale for {@link ImageFit#CROP} (1 = image pixels at 72 dpi... see render); ignored otherwise
     * @param panX  horizontal offset of the image inside the frame, for CROP
     */
    record PhotoImage(String photoId, ImageFit fit, double scale, Length panX, Length panY) implements FrameContent {
        public PhotoImage {
            Objects.requireNonNull(photoId, "photoId");
            if (fit == null) {
                fit = ImageFit.FILL;
            }
            if (scale <= 0) {
                scale = 1;
            }
            if (panX == null) {
                panX = Length.ZERO;
            }
            if (panY == null) {
                panY = Length.ZERO;
            }
        }

        public static PhotoImage of(String photoId) {
            return new PhotoImage(photoId, ImageFit.FILL, 1, Length.ZERO, Length.ZERO);
        }
    }

    /** A rule across the frame's top edge, or down its left edge when the frame is taller than wide. */
    record Rule(RuleStyle style, Length weight) implements FrameContent {
        public Rule {
            if (style == null) {
                style = RuleStyle.PLAIN;
            }
            if (weight == null) {
                weight = Length.pt(0.5);
            }
        }
    }
}
