package dev.broadsheet.review;

import dev.broadsheet.model.Issue;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two revisions of an issue, in the newer one's coordinates, so that each change can
 * be highlighted on the current page: text ranges of story paragraphs, changed headline decks, and frames.
 *
 * @param baseRevision    the older revision (the one proofread or signed off)
 * @param currentRevision the newer one
 * @param removedStories  stories in the base that the current issue no longer has
 */
public record IssueChanges(long baseRevision, long currentRevision, List<TextChange> text,
                           List<String> changedDecks, List<FrameChange> frames, List<String> removedStories) {
    public IssueChanges {
        text = List.copyOf(text);
        changedDecks = List.copyOf(changedDecks);
        frames = List.copyOf(frames);
        removedStories = List.copyOf(removedStories);
    }

    public boolean isEmpty() {
        return text.isEmpty() && changedDecks.isEmpty() && frames.isEmpty() && removedStories.isEmpty();
    }

    /** The changes that show on one page of the current issue (text of stories placed on it, its frames). */
    public IssueChanges onPage(Issue current, int pageNumber) {
        List<TextChange> t = text.stream().filter(c -> current.threadOf(c.storyId()).stream()
                .anyMatch(pf -> pf.pageNumber() == pageNumber)).toList();
        List<String> d = changedDecks.stream().filter(id -> current.threadOf(id).stream()
                .anyMatch(pf -> pf.pageNumber() == pageNumber)).toList();
        List<FrameChange> f = frames.stream().filter(c -> c.page() == pageNumber).toList();
        return new IssueChanges(baseRevision, currentRevision, t, d, f, removedStories);
    }

    /**
     * A changed stretch of a paragraph: {@code [start, end)} in the current text (empty where text was only
     * removed), with what stood there before.
     */
    public record TextChange(String storyId, int section, int paragraph, int start, int end, Kind kind, String was) {
        public enum Kind {
            /** Text in the paragraph was changed, added or removed. */
            EDITED,
            /** The whole paragraph is new. */
            NEW_PARAGRAPH,
            /** A paragraph was removed here ({@code was} holds its text; the range is empty). */
            REMOVED_PARAGRAPH
        }

        public TextChange {
            Objects.requireNonNull(storyId, "storyId");
            Objects.requireNonNull(kind, "kind");
            was = was == null ? "" : was;
        }

        /** Whether {@code [from, to)} of the paragraph overlaps (or, for an empty change, touches) the change. */
        public boolean touches(int section, int paragraph, int from, int to) {
            if (section != this.section || paragraph != this.paragraph) {
                return false;
            }
            return start == end ? from <= start && start <= to : from < end && start < to;
        }
    }

    /** A frame added, removed, moved, resized or given other content; {@code page} is where it is (or was). */
    public record FrameChange(int page, String frameId, Kind kind) {
        public enum Kind { ADDED, REMOVED, MOVED, RESIZED, CONTENT }

        public FrameChange {
            Objects.requireNonNull(frameId, "frameId");
            Objects.requireNonNull(kind, "kind");
        }
    }
}
