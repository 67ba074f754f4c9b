package dev.broadsheet.ui.document;

import dev.broadsheet.edit.DocumentSession;
import dev.broadsheet.edit.EditCommand;
import dev.broadsheet.edit.ReplaceIssueCommand;
import dev.broadsheet.model.Issue;
import dev.broadsheet.typeset.LaidOutIssue;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The {@link DocumentBackend} over the edit package's {@link DocumentSession}: commands, undo and redo are the
 * session's; the composed pages come from a composer shared with the page canvas (a {@link LayoutCache}, so an
 * edit is composed once for the canvas, the story list and the thumbnails together).
 */
public final class SessionBackend implements DocumentBackend {
    private final DocumentSession session;
    private final Function<Issue, LaidOutIssue> composer;
    private final SessionEditActions edits;

    /**
     * @param onRefused told when a command does not fit the issue (the session then stays as it was)
     */
    public SessionBackend(DocumentSession session, Function<Issue, LaidOutIssue> composer, Consumer<String> onRefused) {
        this.session = Objects.requireNonNull(session);
        this.composer = Objects.requireNonNull(composer);
        this.edits = new SessionEditActions(session, onRefused);
    }

    public DocumentSession session() {
        return session;
    }

    @Override
    public Issue issue() {
        return session.issue();
    }

    @Override
    public LaidOutIssue layout() {
        return composer.apply(session.issue());
    }

    @Override
    public boolean canUndo() {
        return session.canUndo();
    }

    @Override
    public boolean canRedo() {
        return session.canRedo();
    }

    @Override
    public void undo() {
        session.undo();
    }

    @Override
    public void redo() {
        session.redo();
    }

    @Override
    public Optional<CommandName> undoName() {
        return session.nextUndo().map(SessionBackend::nameOf);
    }

    @Override
    public Optional<CommandName> redoName() {
        return session.nextRedo().map(SessionBackend::nameOf);
    }

    private static CommandName nameOf(EditCommand command) {
        return new CommandName(command.nameKey(), command.name());
    }

    @Override
    public boolean isDirty() {
        return session.isDirty();
    }

    @Override
    public void markSaved(Issue saved) {
        session.markSaved(saved);
    }

    @Override
    public void replaceWith(Issue replacement) {
        session.execute(new ReplaceIssueCommand(replacement));
    }

    @Override
    public EditActions edits() {
        return edits;
    }

    @Override
    public void addChangeListener(Runnable listener) {
        session.addListener(event -> listener.run());
    }
}
