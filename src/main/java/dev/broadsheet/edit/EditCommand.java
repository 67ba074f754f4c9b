package dev.broadsheet.edit;

import dev.broadsheet.model.Issue;

/**
 * One undoable change to an issue. A command is a pure function of the issue it is applied to: the
 * {@link DocumentSession} keeps the issue before and after it, so undo and redo restore snapshots of the
 * immutable model and a command never needs an inverse of its own.
 */
public interface EditCommand {

    /** The English name, for messages and logs ("Move frame"); the menus show {@link #nameKey()} translated. */
    String name();

    /**
     * The key of the command's display name in the interface's resource bundles ("撤销 移动框架" / "Undo Move
     * frame"): {@code command.} and the class name without {@code Command}, first letter lower case
     * ({@code MoveFrameCommand} → {@code command.moveFrame}). A test checks that every command of this package
     * has its key in both languages. Commands whose name depends on a count answer their own key.
     */
    default String nameKey() {
        String simple = getClass().getSimpleName();
        String stem = simple.endsWith("Command") ? simple.substring(0, simple.length() - "Command".length()) : simple;
        return stem.isEmpty() ? "command" : "command." + Character.toLowerCase(stem.charAt(0)) + stem.substring(1);
    }

    /**
     * The issue with this change made.
     *
     * @throws IllegalArgumentException when the command does not fit the issue (an unknown page, frame or
     *                                  story; a frame outside the page); the session then keeps its state
     */
    Issue apply(Issue issue);
}
