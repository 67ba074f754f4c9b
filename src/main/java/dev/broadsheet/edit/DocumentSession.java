package dev.broadsheet.edit;

import dev.broadsheet.model.Issue;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The issue being edited, with its whole undo and redo history.
 *
 * <p>The model is immutable, so the history is a list of snapshots: executing a command pushes the issue
 * before and after it, undo and redo swap them back. Each state carries a stamp; the session is dirty when the
 * current stamp is not the one that was saved, so undoing back to the saved state makes it clean again.
 *
 * <p>Not thread-safe: use it from one thread (the FX thread in the workstation). Listeners are told on that
 * thread, after the state has changed.
 */
public final class DocumentSession {

    private record Entry(EditCommand command, Issue before, long beforeStamp, Issue after, long afterStamp) {
        String name() {
            return command.name();
        }
    }

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private Issue issue;
    private long stamp;
    private long nextStamp = 1;
    private long savedStamp;

    /** A session on an issue as it was loaded (clean). */
    public DocumentSession(Issue issue) {
        this.issue = Objects.requireNonNull(issue, "issue");
        this.stamp = 0;
        this.savedStamp = 0;
    }

    public Issue issue() {
        return issue;
    }

    /**
     * Applies a command and records it for undo; the redo history is dropped. A command that changes nothing
     * (returns an equal issue) is not recorded.
     *
     * @throws IllegalArgumentException from the command; the session is then unchanged
     */
    public void execute(EditCommand command) {
        Objects.requireNonNull(command, "command");
        Issue before = issue;
        Issue after = Objects.requireNonNull(command.apply(before), () -> command.name() + " returned no issue");
        if (after.equals(before)) {
            return;
        }
        long afterStamp = nextStamp++;
        undo.push(new Entry(command, before, stamp, after, afterStamp));
        redo.clear();
        issue = after;
        stamp = afterStamp;
        fire(new SessionEvent(SessionEvent.Kind.EXECUTED, before, after, command.name()));
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The name of the command {@link #undo()} would take back. */
    public Optional<String> undoName() {
        return undo.isEmpty() ? Optional.empty() : Optional.of(undo.peek().name());
    }

    public Optional<String> redoName() {
        return redo.isEmpty() ? Optional.empty() : Optional.of(redo.peek().name());
    }

    /** The command {@link #undo()} would take back (the Edit menu shows its {@link EditCommand#nameKey()}). */
    public Optional<EditCommand> nextUndo() {
        return undo.isEmpty() ? Optional.empty() : Optional.of(undo.peek().command());
    }

    /** The command {@link #redo()} would make again. */
    public Optional<EditCommand> nextRedo() {
        return redo.isEmpty() ? Optional.empty() : Optional.of(redo.peek().command());
    }

    /** Names of the undoable commands, most recent first. */
    public List<String> undoHistory() {
        return undo.stream().map(Entry::name).toList();
    }

    /** Takes the last command back; does nothing when there is none. */
    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Entry entry = undo.pop();
        redo.push(entry);
        Issue before = issue;
        // The revision is the store's business: a save in between must not be undone with the edit.
        issue = entry.before().withRevision(before.revision());
        stamp = entry.beforeStamp();
        fire(new SessionEvent(SessionEvent.Kind.UNDONE, before, issue, entry.name()));
    }

    /** Makes the last undone command again; does nothing when there is none. */
    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Entry entry = redo.pop();
        undo.push(entry);
        Issue before = issue;
        issue = entry.after().withRevision(before.revision());
        stamp = entry.afterStamp();
        fire(new SessionEvent(SessionEvent.Kind.REDONE, before, issue, entry.name()));
    }

    /** True when the issue differs from what was last opened or saved. */
    public boolean isDirty() {
        return stamp != savedStamp;
    }

    /**
     * Records that the current state was saved. {@code savedIssue} is the issue as the store wrote it: the
     * current issue, perhaps with a new revision; it replaces the current one without a history entry.
     *
     * @throws IllegalArgumentException when {@code savedIssue} is more than the current issue with another revision
     */
    public void markSaved(Issue savedIssue) {
        Objects.requireNonNull(savedIssue, "savedIssue");
        if (!savedIssue.withRevision(issue.revision()).equals(issue)) {
            throw new IllegalArgumentException("the saved issue is not the session's current issue");
        }
        Issue before = issue;
        issue = savedIssue;
        savedStamp = stamp;
        fire(new SessionEvent(SessionEvent.Kind.SAVED, before, issue, ""));
    }

    /** Replaces the document (File ▸ Open, New, Revert): clears the history; the new issue is clean. */
    public void open(Issue newIssue) {
        Objects.requireNonNull(newIssue, "newIssue");
        Issue before = issue;
        undo.clear();
        redo.clear();
        issue = newIssue;
        stamp = nextStamp++;
        savedStamp = stamp;
        fire(new SessionEvent(SessionEvent.Kind.OPENED, before, issue, ""));
    }

    public void addListener(SessionListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(SessionListener listener) {
        listeners.remove(listener);
    }

    private void fire(SessionEvent event) {
        for (SessionListener l : listeners) {
            l.sessionChanged(event);
        }
    }
}
