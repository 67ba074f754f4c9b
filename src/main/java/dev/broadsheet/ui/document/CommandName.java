package dev.broadsheet.ui.document;

import java.util.Objects;

/**
 * The name of an undoable edit as the interface shows it: the key of its translated name in the resource
 * bundles, and the command's English name for when a bundle lacks the key (a command added without one).
 */
public record CommandName(String key, String english) {
    public CommandName {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(english, "english");
    }
}
