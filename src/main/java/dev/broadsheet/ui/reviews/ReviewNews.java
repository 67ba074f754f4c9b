package dev.broadsheet.ui.reviews;

import dev.broadsheet.model.Mark;
import dev.broadsheet.model.Review;
import dev.broadsheet.review.ReviewSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a reload of the reviews brought that the desk has not seen: per reviewer, the marks that are new, and
 * the files that could not be read. A review file is seen once or twice per save (an atomic save is a create
 * and perhaps a modify), so news is the difference between two merged sets, never a count of events.
 */
public record ReviewNews(List<FromReviewer> marks, List<String> problems) {

    /** New marks of one reviewer. */
    public record FromReviewer(String reviewer, int newMarks) {
    }

    public ReviewNews {
        marks = List.copyOf(marks);
        problems = List.copyOf(problems);
    }

    public boolean isEmpty() {
        return marks.isEmpty() && problems.isEmpty();
    }

    public static ReviewNews between(ReviewSet before, ReviewSet after) {
        Set<String> known = new HashSet<>();
        for (Review r : before.reviews()) {
            for (Mark m : r.marks()) {
                known.add(r.reviewerId() + "/" + m.id());
            }
        }
        List<FromReviewer> marks = new ArrayList<>();
        for (Review r : after.reviews()) {
            int fresh = (int) r.marks().stream().filter(m -> !known.contains(r.reviewerId() + "/" + m.id())).count();
            if (fresh > 0) {
                marks.add(new FromReviewer(r.reviewer().name(), fresh));
            }
        }
        List<String> problems = after.problems().stream().filter(p -> !before.problems().contains(p)).toList();
        return new ReviewNews(marks, problems);
    }
}
