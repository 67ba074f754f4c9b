package dev.broadsheet.ui.shell;

import dev.broadsheet.ui.Messages;
import dev.broadsheet.ui.document.CommandName;

/**
 * The words of the Edit menu's Undo and Redo items: "撤销 移动框架" / "Undo Move frame" naming the edit, the
 * plain "撤销" / "Undo" when there is nothing to undo (the item is then disabled), as desktop editors do.
 */
final class UndoLabels {
    private final Messages m;

    UndoLabels(Messages m) {
        this.m = m;
    }

    /** The Undo menu item's text, with its mnemonic marker. */
    String undo(CommandName next) {
        return named("menu.edit.undo", next);
    }

    String redo(CommandName next) {
        return named("menu.edit.redo", next);
    }

    /** The tool-bar tooltip: the same words without the mnemonic marker. */
    String undoTooltip(CommandName next) {
        return undo(next).replace("_", "");
    }

    String redoTooltip(CommandName next) {
        return redo(next).replace("_", "");
    }

    /** The translated name of an edit; its English name when the bundle has no key for it. */
    String nameOf(CommandName name) {
        return m.has(name.key()) ? m.get(name.key()) : name.english();
    }

    private String named(String itemKey, CommandName next) {
        return next == null ? m.get(itemKey) : m.format(itemKey + ".named", nameOf(next));
    }
}
