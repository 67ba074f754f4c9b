package dev.broadsheet.ui.document;

import dev.broadsheet.model.Issue;
import dev.broadsheet.typeset.LaidOutIssue;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The open issue as observable state for the views: the issue, its composed pages, undo/redo availability,
 * the unsaved-changes flag, the folder it lives in, and whether it is read-only (locked by another editor).
 *
 * <p>"Unsaved" is the session's: undoing back to the saved state clears the marker again, as desktop
 * editors do.
 */
public final class DocumentViewModel {
    private final ReadOnlyObjectWrapper<DocumentBackend> backend = new ReadOnlyObjectWrapper<>(this, "backend");
    private final ReadOnlyObjectWrapper<Issue> issue = new ReadOnlyObjectWrapper<>(this, "issue");
    private final ReadOnlyObjectWrapper<LaidOutIssue> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyObjectWrapper<CommandName> undoName = new ReadOnlyObjectWrapper<>(this, "undoName");
    private final ReadOnlyObjectWrapper<CommandName> redoName = new ReadOnlyObjectWrapper<>(this, "redoName");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>(this, "folder");
    private final ReadOnlyStringWrapper lockHolder = new ReadOnlyStringWrapper(this, "lockHolder", "");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");

    /**
     * Shows a newly opened issue.
     *
     * @param lockedBy the editor holding the issue's lock, or empty when this workstation holds it
     */
    public void open(DocumentBackend newBackend, Path issueFolder, String lockedBy) {
        Objects.requireNonNull(newBackend, "backend");
        newBackend.addChangeListener(() -> {
            if (backend.get() == newBackend) {
                refresh();
            }
        });
        backend.set(newBackend);
        folder.set(issueFolder);
        lockHolder.set(lockedBy == null ? "" : lockedBy);
        readOnly.set(!lockHolder.get().isEmpty());
        refresh();
    }

    /**
     * Records a save to {@code savedTo} (which may be a new folder). When the issue changed while it was being
     * written, the newer state stays unsaved.
     */
    public void markSaved(Issue saved, Path savedTo) {
        DocumentBackend b = backend.get();
        if (b != null && saved.withRevision(b.issue().revision()).equals(b.issue())) {
            b.markSaved(saved);
        }
        folder.set(savedTo);
        refresh();
    }

    /** Shows a recovered (autosaved) version in place of the loaded one: one undoable, unsaved step. */
    public void recover(Issue recovered) {
        backend.get().replaceWith(recovered);
    }

    public void undo() {
        if (backend.get() != null && backend.get().canUndo()) {
            backend.get().undo();
        }
    }

    public void redo() {
        if (backend.get() != null && backend.get().canRedo()) {
            backend.get().redo();
        }
    }

    /** The edit intents of the open issue; a read-only issue accepts none. */
    public EditActions edits() {
        if (backend.get() == null || readOnly.get()) {
            throw new IllegalStateException("no issue open for editing");
        }
        return backend.get().edits();
    }

    public boolean isEditable() {
        return backend.get() != null && !readOnly.get();
    }

    private void refresh() {
        DocumentBackend b = backend.get();
        issue.set(b.issue());
        layout.set(b.layout());
        canUndo.set(b.canUndo());
        canRedo.set(b.canRedo());
        undoName.set(b.undoName().orElse(null));
        redoName.set(b.redoName().orElse(null));
        dirty.set(b.isDirty());
    }

    public ReadOnlyObjectProperty<DocumentBackend> backendProperty() {
        return backend.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Issue> issueProperty() {
        return issue.getReadOnlyProperty();
    }

    public Issue issue() {
        return issue.get();
    }

    public ReadOnlyObjectProperty<LaidOutIssue> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public LaidOutIssue layout() {
        return layout.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The edit Undo would take back (null when there is none), for the Edit menu's "Undo Move frame". */
    public ReadOnlyObjectProperty<CommandName> undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    /** The edit Redo would make again (null when there is none). */
    public ReadOnlyObjectProperty<CommandName> redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public Path folder() {
        return folder.get();
    }

    public ReadOnlyStringProperty lockHolderProperty() {
        return lockHolder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public boolean isReadOnly() {
        return readOnly.get();
    }
}
