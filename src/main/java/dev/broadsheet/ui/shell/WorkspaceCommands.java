package dev.broadsheet.ui.shell;

import dev.broadsheet.model.Frame;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.PagePreset;
import dev.broadsheet.ui.document.DocumentViewModel;
import dev.broadsheet.ui.document.EditActions;
import dev.broadsheet.ui.document.WorkspaceSelection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/**
 * What the Edit and Page menus and the tool bar do, in terms of the open issue and the selection. Each
 * action is one edit (undoable) or a change of view; none does I/O.
 */
public final class WorkspaceCommands {
    private final DocumentViewModel document;
    private final WorkspaceSelection selection;

    public WorkspaceCommands(DocumentViewModel document, WorkspaceSelection selection) {
        this.document = document;
        this.selection = selection;
    }

    public void undo() {
        document.undo();
    }

    public void redo() {
        document.redo();
    }

    public void deleteSelection() {
        if (document.isEditable() && !selection.frameIds().isEmpty()) {
            Set<String> ids = selection.frameIds();
            selection.selectFrames(Set.of());
            document.edits().deleteFrames(selection.pageNumber(), ids);
        }
    }

    public void duplicateSelection() {
        if (document.isEditable() && !selection.frameIds().isEmpty()) {
            List<Frame> copies = document.edits().duplicateFrames(selection.pageNumber(), selection.frameIds());
            selection.selectFrames(copies.stream().map(Frame::id).collect(Collectors.toSet()));
        }
    }

    public void selectAll() {
        Issue issue = document.issue();
        if (issue != null) {
            issue.page(selection.pageNumber()).ifPresent(p ->
                    selection.selectFrames(p.frames().stream().map(Frame::id).collect(Collectors.toSet())));
        }
    }

    public void align(EditActions.AlignEdge edge) {
        if (document.isEditable() && selection.frameIds().size() > 1) {
            document.edits().alignFrames(selection.pageNumber(), selection.frameIds(), edge);
        }
    }

    /** The pages the selected frames could move to: every page but the one they are on. */
    public List<Integer> otherPages() {
        Issue issue = document.issue();
        if (issue == null) {
            return List.of();
        }
        return issue.pages().stream().map(Page::number).filter(n -> n != selection.pageNumber()).toList();
    }

    /**
     * Moves the selected frames to another page (the keyboard and menu way to do what dragging a frame onto a
     * page thumbnail does); the view follows them there, still selected, so the editor can go on placing them.
     */
    public void moveSelectionToPage(int toPage) {
        if (!document.isEditable() || selection.frameIds().isEmpty() || toPage == selection.pageNumber()
                || document.issue().page(toPage).isEmpty()) {
            return;
        }
        Set<String> ids = selection.frameIds();
        document.edits().moveFramesToPage(selection.pageNumber(), ids, toPage);
        if (document.issue().page(toPage).orElseThrow().frames().stream().anyMatch(f -> ids.contains(f.id()))) {
            selection.pageNumberProperty().set(toPage);
            selection.selectFrames(ids);
        }
    }

    public void addPage() {
        if (document.isEditable()) {
            Issue issue = document.issue();
            PagePreset preset = issue.pages().isEmpty() ? PagePreset.BROADSHEET
                    : issue.pages().get(issue.pages().size() - 1).size().preset();
            int added = document.edits().addPage(preset);
            selection.pageNumberProperty().set(added);
        }
    }

    public void removePage() {
        if (document.isEditable() && document.issue().pages().size() > 1) {
            document.edits().removePage(selection.pageNumber());
        }
    }

    /** Moves the shown page up (-1) or down (+1); the view follows the page to its new number. */
    public void movePage(int delta) {
        if (!document.isEditable()) {
            return;
        }
        List<Page> pages = document.issue().pages();
        int index = -1;
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).number() == selection.pageNumber()) {
                index = i;
            }
        }
        int target = index + delta;
        if (index < 0 || target < 0 || target >= pages.size()) {
            return;
        }
        document.edits().movePage(selection.pageNumber(), delta);
        selection.pageNumberProperty().set(document.issue().pages().get(target).number());
    }

    /** True when there is a selection to delete, duplicate or align. */
    public BooleanBinding noSelection() {
        return Bindings.createBooleanBinding(() -> selection.frameIds().isEmpty() || !document.isEditable(),
                selection.frameIdsProperty(), document.readOnlyProperty(), document.backendProperty());
    }

    public BooleanBinding notEditable() {
        return Bindings.createBooleanBinding(() -> !document.isEditable(), document.readOnlyProperty(), document.backendProperty());
    }
}
