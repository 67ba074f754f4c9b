package dev.broadsheet.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A proof mark: a comment or a GB/T 14706 correction, anchored on the page.
 *
 * @param id          unique across every review of the issue (the reviewer's id, a dash, a serial)
 * @param author      the name of the person who made it
 * @param comment     the proofreader's note (may be empty for a plain correction)
 * @param replacement the text to put in for {@link MarkKind#REPLACE} and {@link MarkKind#INSERT}; empty otherwise
 * @param pivot       for {@link MarkKind#SWAP}: where, in chars from the start of the marked text, the second
 *                    piece begins; 0 otherwise
 * @param resolvedAt  when the mark left {@link MarkState#OPEN}, or null
 * @param resolvedBy  who settled it, or empty
 */
public record Mark(String id, MarkKind kind, Anchor anchor, String author, Instant created, String comment,
                   String replacement, int pivot, MarkState state, List<Reply> replies,
                   Instant resolvedAt, String resolvedBy) {
    public Mark {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(created, "created");
        comment = comment == null ? "" : comment;
        replacement = replacement == null ? "" : replacement;
        if (state == null) {
            state = MarkState.OPEN;
        }
        replies = Lists.copy(replies);
        resolvedBy = resolvedBy == null ? "" : resolvedBy;
        if (kind == MarkKind.SWAP && anchor instanceof Anchor.TextAnchor t
                && (pivot <= 0 || pivot >= t.quote().length())) {
            throw new IllegalArgumentException("a swap mark needs a pivot inside the marked text '" + t.quote() + "', got " + pivot);
        }
    }

    /** A new open comment. */
    public static Mark comment(String id, Anchor anchor, String author, Instant created, String text) {
        return new Mark(id, MarkKind.COMMENT, anchor, author, created, text, "", 0, MarkState.OPEN, List.of(), null, "");
    }

    /** A new open correction of the given kind (use {@link #swap} for 对调). */
    public static Mark correction(String id, MarkKind kind, Anchor anchor, String author, Instant created,
                                  String replacement, String comment) {
        return new Mark(id, kind, anchor, author, created, comment, replacement, 0, MarkState.OPEN, List.of(), null, "");
    }

    /** A new open 对调 mark exchanging the marked text's pieces before and after {@code pivot}. */
    public static Mark swap(String id, Anchor.TextAnchor anchor, int pivot, String author, Instant created) {
        return new Mark(id, MarkKind.SWAP, anchor, author, created, "", "", pivot, MarkState.OPEN, List.of(), null, "");
    }

    public Mark withAnchor(Anchor newAnchor) {
        return new Mark(id, kind, newAnchor, author, created, comment, replacement, pivot, state, replies, resolvedAt, resolvedBy);
    }

    public Mark withReply(Reply reply) {
        List<Reply> r = new ArrayList<>(replies);
        r.add(reply);
        return new Mark(id, kind, anchor, author, created, comment, replacement, pivot, state, r, resolvedAt, resolvedBy);
    }

    public Mark withReplies(List<Reply> newReplies) {
        return new Mark(id, kind, anchor, author, created, comment, replacement, pivot, state, newReplies, resolvedAt, resolvedBy);
    }

    /** This mark moved to {@code newState} by {@code by} at {@code at} (back to OPEN clears who settled it). */
    public Mark withState(MarkState newState, String by, Instant at) {
        if (newState == MarkState.OPEN) {
            return new Mark(id, kind, anchor, author, created, comment, replacement, pivot, MarkState.OPEN, replies, null, "");
        }
        return new Mark(id, kind, anchor, author, created, comment, replacement, pivot, newState, replies, at, by);
    }
}
