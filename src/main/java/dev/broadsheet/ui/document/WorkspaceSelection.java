package dev.broadsheet.ui.document;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import java.util.Set;

/**
 * What the user is looking at and has selected, shared by the canvas, the page list, the story list, the
 * inspector and the status bar (each binds to it; none knows the others).
 */
public final class WorkspaceSelection {
    private final IntegerProperty pageNumber = new SimpleIntegerProperty(this, "pageNumber", 1);
    private final ObjectProperty<Set<String>> frameIds = new SimpleObjectProperty<>(this, "frameIds", Set.of());
    private final ObjectProperty<String> storyId = new SimpleObjectProperty<>(this, "storyId");

    public IntegerProperty pageNumberProperty() {
        return pageNumber;
    }

    public int pageNumber() {
        return pageNumber.get();
    }

    /** The selected frames on the current page (an immutable set, replaced on every change, as the canvas keeps it). */
    public ObjectProperty<Set<String>> frameIdsProperty() {
        return frameIds;
    }

    public Set<String> frameIds() {
        return frameIds.get();
    }

    public void selectFrames(Set<String> ids) {
        frameIds.set(Set.copyOf(ids));
    }

    /** The story picked in the story list (the inspector shows it when no frame is selected). */
    public ObjectProperty<String> storyIdProperty() {
        return storyId;
    }
}
