package dev.broadsheet.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.Frame;
import dev.broadsheet.model.Issue;
import dev.broadsheet.ui.UiFixtures;
import dev.broadsheet.ui.UiFixtures.ScriptedComposer;
import dev.broadsheet.ui.document.DocumentViewModel;
import dev.broadsheet.ui.document.WorkspaceSelection;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Page ▸ Move Frames to Page…: the keyboard and menu way to move frames between pages, without a window. */
class WorkspaceCommandsTest {
    private Issue start;
    private DocumentViewModel document;
    private WorkspaceSelection selection;
    private WorkspaceCommands commands;

    @BeforeEach
    void setUp() {
        start = UiFixtures.sampleWithExtraStory();
        document = UiFixtures.openDocument(start, new ScriptedComposer());
        selection = new WorkspaceSelection();
        commands = new WorkspaceCommands(document, selection);
        selection.pageNumberProperty().set(1);
        commands.addPage();
        selection.pageNumberProperty().set(1);
    }

    @Test
    void theSelectedFramesMoveToTheChosenPageInOneUndoableStepAndTheViewFollows() {
        Frame before = document.issue().page(1).orElseThrow().frame("f1").orElseThrow();
        selection.selectFrames(Set.of("f1"));
        assertThat(commands.otherPages()).containsExactly(2);

        commands.moveSelectionToPage(2);

        assertThat(document.issue().page(1).orElseThrow().frame("f1")).isEmpty();
        Frame moved = document.issue().page(2).orElseThrow().frame("f1").orElseThrow();
        assertThat(moved.content()).as("same story, same place in its thread").isEqualTo(before.content());
        assertThat(moved.firstColumn()).isEqualTo(before.firstColumn());
        assertThat(selection.pageNumber()).as("the view follows the frames").isEqualTo(2);
        assertThat(selection.frameIds()).containsExactly("f1");

        document.undo();
        assertThat(document.issue().page(1).orElseThrow().frame("f1")).contains(before);
        assertThat(document.issue().page(2).orElseThrow().frames()).isEmpty();
    }

    @Test
    void nothingHappensWithoutASelectionOrOnTheSamePage() {
        Issue before = document.issue();
        commands.moveSelectionToPage(2);
        selection.selectFrames(Set.of("f1"));
        commands.moveSelectionToPage(1);
        commands.moveSelectionToPage(99);
        assertThat(document.issue()).isSameAs(before);
    }
}
