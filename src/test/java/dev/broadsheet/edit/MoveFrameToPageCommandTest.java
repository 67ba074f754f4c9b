package dev.broadsheet.edit;

import static dev.broadsheet.edit.EditFixtures.PITCH;
import static dev.broadsheet.edit.EditFixtures.frame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.model.Frame;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.PagePreset;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoveFrameToPageCommandTest {

    /** The fixture with S1 continued from f1 (page 1) into f9 (page 2, columns 0–1, 100 pt deep). */
    private final Issue threaded = new ThreadFrameCommand("S1", 2, "f9", 0, 2, Length.ZERO, Length.pt(100))
            .apply(EditFixtures.issue());
    private final DocumentSession session = new DocumentSession(threaded);

    @Test
    void aFrameMovedToAnotherPageKeepsItsPlaceIdAndThreadAndIsOneUndoableStep() {
        Frame before = frame(threaded, 1, "f1");
        session.execute(MoveFrameToPageCommand.of(1, "f1", 2));
        Issue after = session.issue();

        assertThat(after.page(1).orElseThrow().frame("f1")).isEmpty();
        assertThat(frame(after, 2, "f1")).isEqualTo(before);
        assertThat(after.threadOf("S1")).extracting(pf -> pf.pageNumber() + ":" + pf.frame().id())
                .as("the thread still starts in f1 and continues in f9").containsExactly("2:f1", "2:f9");
        assertThat(after.page(1).orElseThrow().frames()).extracting(Frame::id).containsExactly("f2");
        assertThat(session.undoName()).contains("Move frame to page");

        session.undo();
        assertThat(session.issue()).isEqualTo(threaded);
        session.redo();
        assertThat(session.issue()).isEqualTo(after);
    }

    @Test
    void severalFramesMoveTogetherAndAreKeptInsideTheOtherPagesGrid() {
        // Page 2 becomes a tabloid: fewer columns and a shorter type area than the broadsheet's.
        Page two = threaded.page(2).orElseThrow();
        Page tabloid = Page.blank(2, PagePreset.TABLOID).withFrames(two.frames());
        Issue issue = threaded.withPage(tabloid);
        Frame photo = frame(issue, 1, "f2").movedTo(7 - 2, PageEdits.points(100 * PITCH));
        issue = issue.withPage(issue.page(1).orElseThrow().withFrame(photo));

        Issue after = new MoveFrameToPageCommand(1, List.of("f1", "f2"), 2).apply(issue);

        Page target = after.page(2).orElseThrow();
        assertThat(target.frames()).extracting(Frame::id).containsExactly("f9", "f1", "f2");
        Frame moved = target.frame("f2").orElseThrow();
        assertThat(moved.firstColumn() + moved.columnSpan()).isLessThanOrEqualTo(target.grid().columns());
        assertThat(moved.top().toPoints() + moved.depth().toPoints())
                .isLessThanOrEqualTo(target.grid().typeAreaHeightPt(target.size()) + 0.001);
        assertThat(after.page(1).orElseThrow().frames()).isEmpty();
    }

    @Test
    void refusesAnUnknownPageOrFrameAndTheSamePage() {
        assertThatThrownBy(() -> session.execute(MoveFrameToPageCommand.of(1, "f1", 9))).hasMessageContaining("no page 9");
        assertThatThrownBy(() -> session.execute(MoveFrameToPageCommand.of(1, "f9", 2))).hasMessageContaining("no frame 'f9'");
        assertThatThrownBy(() -> MoveFrameToPageCommand.of(1, "f1", 1)).hasMessageContaining("already on page 1");
        assertThat(session.issue()).isEqualTo(threaded);
    }
}
