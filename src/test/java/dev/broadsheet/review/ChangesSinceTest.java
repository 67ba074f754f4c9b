package dev.broadsheet.review;

import static dev.broadsheet.review.ReviewFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.Frame;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.review.IssueChanges.FrameChange;
import dev.broadsheet.review.IssueChanges.TextChange;
import org.junit.jupiter.api.Test;

class ChangesSinceTest {

    private final Issue base = issue();

    @Test
    void nothingChangedIsEmpty() {
        assertThat(ChangesSince.between(base, base.withRevision(9)).isEmpty()).isTrue();
    }

    @Test
    void anEditInsideAParagraphIsTheStretchBetweenTheCommonBeginningAndEnd() {
        String edited = P1.replace("膜生物反应器", "MBR");
        IssueChanges changes = ChangesSince.between(base, withParagraph(base, 1, edited));
        assertThat(changes.text()).containsExactly(new TextChange("s1", 0, 1, P1.indexOf("膜生物"), P1.indexOf("膜生物") + 3,
                TextChange.Kind.EDITED, "膜生物反应器"));
        assertThat(changes.text().get(0).touches(0, 1, P1.indexOf("膜生物"), P1.indexOf("膜生物") + 1)).isTrue();
        assertThat(changes.text().get(0).touches(0, 1, 0, 3)).isFalse();
    }

    @Test
    void aParagraphThatOnlyMovedIsNotAChangeButNewAndRemovedOnesAre() {
        IssueChanges changes = ChangesSince.between(base, withParagraphs(base, "新的一段。", P0, P2));
        assertThat(changes.text()).containsExactly(
                new TextChange("s1", 0, 0, 0, 5, TextChange.Kind.NEW_PARAGRAPH, ""),
                new TextChange("s1", 0, 2, 0, 0, TextChange.Kind.REMOVED_PARAGRAPH, P1));
    }

    @Test
    void framesMovedResizedAddedAndRemovedAreListed() {
        var page = base.page(1).orElseThrow();
        Frame text = page.frame("f-s1").orElseThrow();
        Frame photo = page.frame("f-p1").orElseThrow();
        Issue edited = base.withPage(page.withFrames(java.util.List.of(
                text.movedTo(1, text.top()), photo.resized(3, photo.depth()),
                photo.withId("f-new").movedTo(0, Length.mm(200)))));
        IssueChanges changes = ChangesSince.between(base, edited);
        assertThat(changes.frames()).containsExactly(
                new FrameChange(1, "f-new", FrameChange.Kind.ADDED),
                new FrameChange(1, "f-p1", FrameChange.Kind.RESIZED),
                new FrameChange(1, "f-s1", FrameChange.Kind.MOVED));
        assertThat(ChangesSince.between(base, base.withPage(page.withoutFrame("f-p1"))).frames())
                .containsExactly(new FrameChange(1, "f-p1", FrameChange.Kind.REMOVED));
    }

    @Test
    void aChangedHeadlineIsListedByStory() {
        var story = base.story("s1").orElseThrow();
        Issue edited = base.withStory(story.withDeck(story.deck().withTexts(null, "高新区污水处理能力翻一番", null)));
        assertThat(ChangesSince.between(base, edited).changedDecks()).containsExactly("s1");
        assertThat(ChangesSince.between(base, edited).onPage(edited, 1).changedDecks()).containsExactly("s1");
        assertThat(ChangesSince.between(base, edited).onPage(edited, 2).changedDecks()).isEmpty();
    }
}
