package dev.broadsheet.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One person's proof of an issue: the marks they made and their responses to other people's marks. Each
 * review is a file of its own ({@code reviews/<reviewer-id>.json}) written only by its reviewer, so two
 * proofreaders working offline never write the same file.
 *
 * @param reviewer         who made it
 * @param againstRevision  the issue {@code revision} the reviewer was looking at; marks are re-anchored
 *                         from it when the issue has moved on
 * @param created          when the review was started
 * @param marks            the reviewer's own marks, in the order made
 * @param responses        the reviewer's replies to and decisions on other people's marks
 */
public record Review(User reviewer, long againstRevision, Instant created, List<Mark> marks,
                     List<MarkResponse> responses) {
    public Review {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(created, "created");
        if (againstRevision < 0) {
            throw new IllegalArgumentException("againstRevision must not be negative");
        }
        marks = Lists.copy(marks);
        responses = Lists.copy(responses);
    }

    public static Review start(User reviewer, long againstRevision, Instant created) {
        return new Review(reviewer, againstRevision, created, List.of(), List.of());
    }

    /**
     * The reviewer's id as used in file names and mark ids: the name with everything but letters, digits,
     * '-' and '_' turned into '_' (Chinese names stay readable: 张三 → 张三).
     */
    public static String idOf(User user) {
        StringBuilder b = new StringBuilder();
        user.name().strip().codePoints().forEach(c -> b.appendCodePoint(
                Character.isLetterOrDigit(c) || c == '-' || c == '_' ? c : '_'));
        return b.isEmpty() ? "_" : b.toString();
    }

    public String reviewerId() {
        return idOf(reviewer);
    }

    /** A fresh mark id for this reviewer: never clashes with another reviewer's, nor with one of theirs. */
    public String nextMarkId() {
        int serial = marks.size() + 1;
        String id;
        do {
            id = reviewerId() + "-" + serial++;
        } while (mark(id) != null);
        return id;
    }

    public Mark mark(String id) {
        return marks.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }

    public Review withMark(Mark mark) {
        List<Mark> copy = new ArrayList<>(marks);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).id().equals(mark.id())) {
                copy.set(i, mark);
                return new Review(reviewer, againstRevision, created, copy, responses);
            }
        }
        copy.add(mark);
        return new Review(reviewer, againstRevision, created, copy, responses);
    }

    public Review withResponse(MarkResponse response) {
        List<MarkResponse> copy = new ArrayList<>(responses);
        copy.add(response);
        return new Review(reviewer, againstRevision, created, marks, copy);
    }
}
