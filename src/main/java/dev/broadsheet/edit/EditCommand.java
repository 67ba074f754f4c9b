package dev.broadsheet.edit;

import dev.broadsheet.model.Issue;

/**
 * One undoable change to an issue. A command is a pure function of the issue it is applied to: the
 * {@link DocumentSession} keeps the issue before and after it, so undo and redo restore snapshots of the
 * immutable model and a command never needs an inverse of its own.
 */
public interface EditCommand {

    /** The name shown in the Edit menu ("Undo Move frame"). */
    String name();

    /**
     * The issue with this change made.
     *
     * @throws IllegalArgumentException when the command does not fit the issue (an unknown page, frame or
     *                                  story; a frame outside the page); the session then keeps its state
     */
    Issue apply(Issue issue);
}
