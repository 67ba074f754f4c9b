package dev.broadsheet.edit;

import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.StatusChange;
import java.util.Objects;

/**
 * Moves a page to its next workflow stage (一校, 核红, 签发 …) by appending one {@link StatusChange} to its history.
 * The rules of which step may follow which, who may sign off and which marks block 核红 are
 * {@code review.Workflow}'s: the caller asks it for the change and this command only carries the result, so a
 * step taken in proof mode is an ordinary edit of the shared session — undoable, and it leaves the editor's undo
 * history in place (reopening the session to record it would throw that history away).
 */
public record RecordStatusChangeCommand(int pageNumber, StatusChange change) implements EditCommand {

    public RecordStatusChangeCommand {
        Objects.requireNonNull(change, "change");
    }

    @Override
    public String name() {
        return "Change stage to " + change.stage().label();
    }

    @Override
    public Issue apply(Issue issue) {
        Page page = issue.page(pageNumber).orElseThrow(() -> new IllegalArgumentException("there is no page " + pageNumber));
        return issue.withPage(page.withStatus(page.status().advance(change)));
    }
}
