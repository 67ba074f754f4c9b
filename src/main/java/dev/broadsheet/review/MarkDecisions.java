package dev.broadsheet.review;

import dev.broadsheet.model.MarkResponse;
import dev.broadsheet.model.MarkState;
import dev.broadsheet.model.Review;
import java.time.Instant;

/**
 * Replies and decisions on marks. They go into the responder's own review (a review file is written only
 * by its reviewer), and {@link ReviewSet} merges them onto the mark, wherever the mark was made.
 */
public final class MarkDecisions {
    private MarkDecisions() {
    }

    /** {@code responder}'s review with a decision on {@code markId} (and an optional note) recorded. */
    public static Review decide(Review responder, String markId, MarkState state, String note, Instant at) {
        return responder.withResponse(new MarkResponse(markId, responder.reviewer().name(), at, state, note));
    }

    /** {@code responder}'s review with a reply to {@code markId}. */
    public static Review reply(Review responder, String markId, String text, Instant at) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a reply needs some text");
        }
        return responder.withResponse(new MarkResponse(markId, responder.reviewer().name(), at, null, text.strip()));
    }
}
