package dev.broadsheet.ui.reviews;

import dev.broadsheet.model.Issue;
import dev.broadsheet.review.AnchoredMark;
import dev.broadsheet.review.ReviewSet;
import java.util.List;
import java.util.stream.Stream;

/** The rows of the marks panel, without a window: every mark placed on the issue as it is now, open ones first. */
public final class PlacedMarks {
    private PlacedMarks() {
    }

    /** Open marks first, then the decided ones, each group in the merged order (oldest first). */
    public static List<AnchoredMark> openFirst(ReviewSet reviews, Issue issue) {
        if (issue == null || reviews.marks().isEmpty()) {
            return List.of();
        }
        List<AnchoredMark> placed = reviews.placeOn(issue);
        return Stream.concat(placed.stream().filter(p -> p.mark().state().isOpen()),
                placed.stream().filter(p -> !p.mark().state().isOpen())).toList();
    }
}
