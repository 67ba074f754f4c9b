package dev.broadsheet.ui.document;

import dev.broadsheet.model.Issue;
import dev.broadsheet.typeset.LaidOutIssue;

/**
 * The editing session the workstation works on, seen from the interface: the current issue, its composed
 * pages, and the undo history. The view models depend on this port only, so they are testable without the
 * edit package's session or a window; {@link SessionBackend} adapts {@code edit.DocumentSession} to it.
 */
public interface DocumentBackend {

    Issue issue();

    /** The issue as composed after the last change. */
    LaidOutIssue layout();

    boolean canUndo();

    boolean canRedo();

    void undo();

    void redo();

    /** The edit {@link #undo()} would take back, for "Undo Move frame"; empty when there is none. */
    default java.util.Optional<CommandName> undoName() {
        return java.util.Optional.empty();
    }

    /** The edit {@link #redo()} would make again; empty when there is none. */
    default java.util.Optional<CommandName> redoName() {
        return java.util.Optional.empty();
    }

    /** Whether the issue differs from what was last opened or saved (undoing back to it makes it clean). */
    boolean isDirty();

    /** Records a save: {@code saved} is the current issue as the store wrote it (perhaps a new revision). */
    void markSaved(Issue saved);

    /** Replaces the whole issue as one undoable step (recovering an autosave). */
    void replaceWith(Issue replacement);

    /** The editing intents the inspector, the story editor and the menus send; each one is undoable. */
    EditActions edits();

    /** Called (on the calling thread) after every change: a command, an undo or a redo. */
    void addChangeListener(Runnable listener);
}
