package dev.broadsheet.edit;

import dev.broadsheet.model.Issue;

/**
 * What happened to a {@link DocumentSession}.
 *
 * @param commandName the command executed, undone or redone; empty for {@link Kind#OPENED} and {@link Kind#SAVED}
 */
public record SessionEvent(Kind kind, Issue before, Issue after, String commandName) {
    public enum Kind {
        EXECUTED,
        UNDONE,
        REDONE,
        /** A different issue was opened: the history was cleared. */
        OPENED,
        /** The issue was saved: only the dirty flag (and perhaps the revision) changed. */
        SAVED
    }
}
