package dev.broadsheet.review;

/** How a mark made against an older revision sits on the current issue. */
public enum AnchorStatus {
    /** The marked text (or frame, or point) is where the mark says. */
    IN_PLACE,
    /** Found again by its quoted text and context, somewhere else; the anchor was updated. */
    MOVED,
    /**
     * Not found with confidence (the text was rewritten, the frame or story removed): the mark is kept with
     * its old anchor and shown to a person, never dropped and never guessed onto other words.
     */
    NEEDS_ATTENTION
}
