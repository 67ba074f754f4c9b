package dev.broadsheet.render.fx;

import javafx.scene.image.Image;

/** Where the renderer gets the image of a photo from; null means "draw the placeholder". */
@FunctionalInterface
public interface ImageSource {

    /**
     * The loaded image for a path relative to the issue folder, or null when there is none, it is still
     * loading, or it cannot be read.
     */
    Image image(String imagePath);

    /** A source without images: every photo is drawn as its placeholder. */
    static ImageSource none() {
        return path -> null;
    }
}
