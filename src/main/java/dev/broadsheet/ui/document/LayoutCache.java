package dev.broadsheet.ui.document;

import dev.broadsheet.model.Issue;
import dev.broadsheet.typeset.LaidOutIssue;
import java.util.Objects;
import java.util.function.Function;

/**
 * Remembers the composition of the last few issue states by identity. The canvas, the story list and the
 * page thumbnails all ask for the layout of the same immutable {@code Issue} after an edit; this makes that
 * one composition. Identity, not equality: comparing two issues deeply would cost about as much as composing.
 * FX thread only.
 */
public final class LayoutCache implements Function<Issue, LaidOutIssue> {
    /** The session's state, the canvas's drag preview, and the state before: enough to never compose twice. */
    private static final int SLOTS = 4;

    private final Function<Issue, LaidOutIssue> composer;
    private final Issue[] keys = new Issue[SLOTS];
    private final LaidOutIssue[] values = new LaidOutIssue[SLOTS];
    private int next;
    private long compositions;

    public LayoutCache(Function<Issue, LaidOutIssue> composer) {
        this.composer = Objects.requireNonNull(composer);
    }

    @Override
    public LaidOutIssue apply(Issue issue) {
        for (int i = 0; i < SLOTS; i++) {
            if (keys[i] == issue) {
                return values[i];
            }
        }
        LaidOutIssue laid = composer.apply(issue);
        compositions++;
        keys[next] = issue;
        values[next] = laid;
        next = (next + 1) % SLOTS;
        return laid;
    }

    /** How many times the composer actually ran (for tests and the benchmark). */
    public long compositions() {
        return compositions;
    }
}
