package dev.broadsheet.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentSessionTest {

    private final Issue start = EditFixtures.issue();
    private final DocumentSession session = new DocumentSession(start);

    @Test
    void aNewSessionIsCleanWithNothingToUndo() {
        assertThat(session.isDirty()).isFalse();
        assertThat(session.canUndo()).isFalse();
        assertThat(session.canRedo()).isFalse();
    }

    @Test
    void undoAndRedoWalkTheWholeHistory() {
        session.execute(MoveFrameCommand.of(1, "f1", 1, Length.ZERO));
        Issue afterFirst = session.issue();
        session.execute(MoveFrameCommand.of(1, "f1", 0, Length.pt(25)));
        Issue afterSecond = session.issue();
        assertThat(session.undoHistory()).containsExactly("Move frame", "Move frame");

        session.undo();
        assertThat(session.issue()).isEqualTo(afterFirst);
        session.undo();
        assertThat(session.issue()).isEqualTo(start);
        assertThat(session.isDirty()).isFalse();
        session.undo(); // nothing left: no change
        assertThat(session.issue()).isEqualTo(start);

        session.redo();
        session.redo();
        assertThat(session.issue()).isEqualTo(afterSecond);
        assertThat(session.isDirty()).isTrue();
    }

    @Test
    void aNewCommandDropsTheRedoHistory() {
        session.execute(MoveFrameCommand.of(1, "f1", 1, Length.ZERO));
        session.undo();
        assertThat(session.canRedo()).isTrue();
        session.execute(MoveFrameCommand.of(1, "f1", 2, Length.ZERO));
        assertThat(session.canRedo()).isFalse();
    }

    @Test
    void aRefusedCommandLeavesTheSessionAsItWas() {
        assertThatThrownBy(() -> session.execute(MoveFrameCommand.of(1, "nope", 1, Length.ZERO)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
        assertThat(session.issue()).isSameAs(start);
        assertThat(session.canUndo()).isFalse();
    }

    @Test
    void aCommandThatChangesNothingIsNotRecorded() {
        session.execute(MoveFrameCommand.of(1, "f1", -1, Length.ZERO)); // already in the first column
        assertThat(session.canUndo()).isFalse();
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void savingMakesTheSessionCleanAndUndoingPastTheSaveMakesItDirty() {
        session.execute(MoveFrameCommand.of(1, "f1", 1, Length.ZERO));
        session.markSaved(session.issue().withRevision(1));
        assertThat(session.isDirty()).isFalse();
        assertThat(session.issue().revision()).isEqualTo(1);

        session.undo();
        assertThat(session.isDirty()).isTrue();
        assertThat(session.issue().revision()).as("the store's revision survives undo").isEqualTo(1);
        session.redo();
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void markSavedRefusesAnIssueThatIsNotTheCurrentOne() {
        assertThatThrownBy(() -> session.markSaved(start.withMasthead("other", null, "")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void openingAnotherIssueClearsTheHistory() {
        session.execute(MoveFrameCommand.of(1, "f1", 1, Length.ZERO));
        session.open(start);
        assertThat(session.canUndo()).isFalse();
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void listenersHearEveryChangeInOrder() {
        List<SessionEvent.Kind> heard = new ArrayList<>();
        SessionListener listener = e -> heard.add(e.kind());
        session.addListener(listener);
        session.execute(MoveFrameCommand.of(1, "f1", 1, Length.ZERO));
        session.undo();
        session.redo();
        session.markSaved(session.issue());
        session.open(start);
        session.removeListener(listener);
        session.execute(MoveFrameCommand.of(1, "f1", 1, Length.ZERO));
        assertThat(heard).containsExactly(SessionEvent.Kind.EXECUTED, SessionEvent.Kind.UNDONE, SessionEvent.Kind.REDONE,
                SessionEvent.Kind.SAVED, SessionEvent.Kind.OPENED);
    }
}
