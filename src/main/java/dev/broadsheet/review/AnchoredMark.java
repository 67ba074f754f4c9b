package dev.broadsheet.review;

import dev.broadsheet.model.Mark;
import java.util.Objects;

/**
 * A mark placed on the current issue: {@code mark} carries the current anchor when the mark was found
 * (in place or moved), or its original anchor when it needs attention.
 *
 * @param note why the mark moved or needs attention; empty when in place
 */
public record AnchoredMark(Mark mark, AnchorStatus status, String note) {
    public AnchoredMark {
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
    }

    /**
     * Whether a person must look at it: an open mark that could not be placed. A settled mark whose words
     * are gone (an accepted 改正 removes them) needs no one.
     */
    public boolean needsAttention() {
        return status == AnchorStatus.NEEDS_ATTENTION && mark.state().isOpen();
    }
}
