package dev.broadsheet.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.model.Anchor;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Mark;
import dev.broadsheet.model.MarkKind;
import dev.broadsheet.model.MarkState;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Review;
import dev.broadsheet.model.Role;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;
import dev.broadsheet.model.User;
import dev.broadsheet.review.AnchoredMark;
import dev.broadsheet.review.MarkDecisions;
import dev.broadsheet.review.ReviewSet;
import dev.broadsheet.review.TextAnchors;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplyCorrectionCommandTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private static final User PROOFREADER = new User("李校对", Role.PROOFREADER);
    private static final User EDITOR = new User("张编辑", Role.LAYOUT_EDITOR);

    private static Issue issue(String... paragraphs) {
        Story story = new Story("s1", "", null, null, null,
                List.of(new StorySection(null, List.of(paragraphs).stream().map(Paragraph::of).toList())));
        return new Issue("高新时报", LocalDate.of(2026, 11, 27), "1", "", List.of(), null, List.of(), List.of(story), List.of(), 3);
    }

    private static String paragraph(Issue issue, int index) {
        return issue.story("s1").orElseThrow().paragraphs().get(index).text();
    }

    @Test
    void acceptingAReplaceMadeOnAnOlderRevisionEditsTheSameWordsAndUndoes() {
        Issue proofed = issue("第一段。", "新厂采用膜生物反应器工艺。");
        Anchor.TextAnchor anchor = TextAnchors.of(proofed, "s1", 0, 1, 4, 7);
        Review review = Review.start(PROOFREADER, proofed.revision(), T0);
        review = review.withMark(Mark.correction(review.nextMarkId(), MarkKind.REPLACE, anchor, PROOFREADER.name(), T0, "膜生物学", ""));

        // Meanwhile the editor put a paragraph in front: the marked words are now in ¶2.
        DocumentSession session = new DocumentSession(issue("新导语。", "第一段。", "新厂采用膜生物反应器工艺。"));
        ReviewSet set = ReviewSet.of(List.of(review));
        AnchoredMark placed = set.placeOn(session.issue()).get(0);
        session.execute(new ApplyCorrectionCommand(placed.mark()));
        assertThat(paragraph(session.issue(), 2)).isEqualTo("新厂采用膜生物学反应器工艺。");
        assertThat(session.undoName()).contains("Apply correction 改正");

        Review editorReview = MarkDecisions.decide(Review.start(EDITOR, 3, T0), placed.mark().id(), MarkState.ACCEPTED, "", T0.plusSeconds(5));
        assertThat(ReviewSet.of(List.of(review, editorReview)).mark(placed.mark().id()).orElseThrow().state()).isEqualTo(MarkState.ACCEPTED);

        session.undo();
        assertThat(paragraph(session.issue(), 2)).isEqualTo("新厂采用膜生物反应器工艺。");
    }

    @Test
    void aCorrectionWhoseWordsAreGoneLeavesTheSessionUnchanged() {
        Issue proofed = issue("新厂采用膜生物反应器工艺。");
        Mark mark = Mark.correction("李校对-1", MarkKind.DELETE, TextAnchors.of(proofed, "s1", 0, 0, 4, 7), PROOFREADER.name(), T0, "", "");
        DocumentSession session = new DocumentSession(issue("新厂采用先进工艺。"));
        assertThatThrownBy(() -> session.execute(new ApplyCorrectionCommand(mark))).isInstanceOf(IllegalArgumentException.class);
        assertThat(session.canUndo()).isFalse();
        assertThatThrownBy(() -> new ApplyCorrectionCommand(Mark.comment("c", mark.anchor(), "x", T0, "?")))
                .hasMessageContaining("not a text correction");
    }
}
