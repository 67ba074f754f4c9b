package dev.broadsheet.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What someone did about another person's mark — a reply, a decision, or both. Kept in the responder's own
 * review file (a review file is written only by its reviewer), and merged onto the mark when reviews load.
 *
 * @param newState the decision (accepted, rejected, resolved, reopened), or null for a reply alone
 * @param text     the reply, or empty
 */
public record MarkResponse(String markId, String author, Instant at, MarkState newState, String text) {
    public MarkResponse {
        Objects.requireNonNull(markId, "markId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        text = text == null ? "" : text;
    }
}
