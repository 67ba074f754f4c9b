package dev.broadsheet.review;

import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Mark;
import dev.broadsheet.model.MarkResponse;
import dev.broadsheet.model.Reply;
import dev.broadsheet.model.Review;
import dev.broadsheet.model.User;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every review of an issue merged into one list of marks (并样): each reviewer's own marks, with the replies
 * and decisions that anyone recorded in their own review applied in time order. Nothing is lost in the
 * merge: a mark appears once per review it was made in, and a file that cannot be read is reported in
 * {@link #problems()} while the others still load.
 */
public final class ReviewSet {

    private final List<Review> reviews;
    private final List<String> problems;
    private final List<Mark> merged;

    private ReviewSet(List<Review> reviews, List<String> problems) {
        this.reviews = List.copyOf(reviews);
        List<String> found = new ArrayList<>(problems);
        this.merged = merge(this.reviews, found);
        this.problems = List.copyOf(found);
    }

    public static ReviewSet of(List<Review> reviews) {
        return new ReviewSet(reviews, List.of());
    }

    /** Loads every {@code reviews/*.json} of the issue folder (snapshots and backups aside). */
    public static ReviewSet load(Path issueDir) throws IOException {
        List<Review> reviews = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : ReviewFiles.list(issueDir)) {
            try {
                Review r = ReviewFiles.read(file);
                String expected = r.reviewerId() + ReviewFiles.SUFFIX;
                if (!file.getFileName().toString().equals(expected)) {
                    problems.add(file + ": the review of " + r.reviewer().name() + " belongs in " + expected + "; loaded anyway");
                }
                reviews.add(r);
            } catch (ReviewFileException e) {
                problems.add(e.getMessage());
            }
        }
        return new ReviewSet(reviews, problems);
    }

    public List<Review> reviews() {
        return reviews;
    }

    /** Files that could not be read, responses to marks that are nowhere, duplicate ids: one message each. */
    public List<String> problems() {
        return problems;
    }

    /** Every mark of every review, with replies and decisions applied, oldest first. */
    public List<Mark> marks() {
        return merged;
    }

    public Optional<Mark> mark(String id) {
        return merged.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<Review> reviewOf(User user) {
        String id = Review.idOf(user);
        return reviews.stream().filter(r -> r.reviewerId().equals(id)).findFirst();
    }

    /** The review {@code user} writes to: theirs if it exists, else a new one against the issue's revision. */
    public Review reviewFor(User user, Issue issue, java.time.Instant now) {
        return reviewOf(user).orElseGet(() -> Review.start(user, issue.revision(), now));
    }

    /** The marks placed on the current issue: re-anchored where the text moved, flagged where it was rewritten. */
    public List<AnchoredMark> placeOn(Issue current) {
        return Reanchoring.place(current, merged);
    }

    private static List<Mark> merge(List<Review> reviews, List<String> problems) {
        Map<String, List<Integer>> byId = new HashMap<>();
        List<Mark> marks = new ArrayList<>();
        for (Review r : reviews) {
            for (Mark m : r.marks()) {
                if (byId.containsKey(m.id())) {
                    problems.add("mark id " + m.id() + " is used in more than one review; both are kept");
                }
                byId.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(marks.size());
                marks.add(m);
            }
        }
        List<MarkResponse> responses = new ArrayList<>();
        reviews.forEach(r -> responses.addAll(r.responses()));
        responses.sort(Comparator.comparing(MarkResponse::at).thenComparing(MarkResponse::author));
        for (MarkResponse response : responses) {
            List<Integer> targets = byId.get(response.markId());
            if (targets == null) {
                problems.add(response.author() + " responded to mark " + response.markId() + ", which no review holds");
                continue;
            }
            for (int i : targets) {
                Mark m = marks.get(i);
                if (!response.text().isEmpty()) {
                    m = m.withReply(new Reply(response.author(), response.at(), response.text()));
                }
                if (response.newState() != null) {
                    m = m.withState(response.newState(), response.author(), response.at());
                }
                marks.set(i, m);
            }
        }
        for (int i = 0; i < marks.size(); i++) {
            Mark m = marks.get(i);
            List<Reply> sorted = new ArrayList<>(m.replies());
            sorted.sort(Comparator.comparing(Reply::at));
            marks.set(i, m.withReplies(sorted));
        }
        List<Mark> ordered = new ArrayList<>(marks);
        ordered.sort(Comparator.comparing(Mark::created).thenComparing(Mark::id));
        return List.copyOf(ordered);
    }

    /** The marks grouped by review file id, for listings: reviewer id → that reviewer's merged marks. */
    public Map<String, List<Mark>> byReviewer() {
        Map<String, List<Mark>> out = new LinkedHashMap<>();
        for (Review r : reviews) {
            List<Mark> list = new ArrayList<>();
            for (Mark own : r.marks()) {
                list.add(mark(own.id()).orElse(own));
            }
            out.put(r.reviewerId(), list);
        }
        return out;
    }
}
