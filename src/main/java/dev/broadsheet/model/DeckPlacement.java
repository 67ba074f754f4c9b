package dev.broadsheet.model;

/** Whether a story frame sets the story's headline deck across its top. */
public enum DeckPlacement {
    /** The deck spans the frame above the text (the usual case for a story's first frame). */
    ABOVE_TEXT,
    /** No deck in this frame: a continuation, or the deck sits in a {@link FrameContent.HeadlineText} frame. */
    NONE
}
