package dev.broadsheet.ui.canvas;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Brings an image file dropped on the canvas into the issue: copies it into the issue folder (or decides it
 * may stay where it is) and answers its path relative to the folder, as a {@link dev.broadsheet.model.Photo}
 * keeps it. Runs on a background thread.
 */
@FunctionalInterface
public interface ImageImporter {
    String importImage(Path file) throws IOException;
}
