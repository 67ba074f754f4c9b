package dev.broadsheet.ui.stories;

import javafx.scene.input.DataFormat;

/**
 * The drag-and-drop format of a story dragged from the story list onto the page canvas: the story's id as a
 * string. Looked up before it is created because JavaFX allows one {@code DataFormat} per MIME type per
 * process, and the canvas may have registered it first.
 */
public final class StoryDrag {
    public static final String MIME_TYPE = "application/x-broadsheet-story-id";
    public static final DataFormat FORMAT = lookupOrCreate();

    private StoryDrag() {
    }

    private static DataFormat lookupOrCreate() {
        DataFormat existing = DataFormat.lookupMimeType(MIME_TYPE);
        return existing != null ? existing : new DataFormat(MIME_TYPE);
    }
}
