package dev.broadsheet.render.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javafx.scene.image.Image;

/**
 * Images of an issue, loaded from its folder. Loading runs in the background (JavaFX's own image loader) so
 * the FX thread never waits on the disk; {@code onLoaded} is called on the FX thread when an image has
 * arrived, so the canvas can draw it. Until then, and for a missing or unreadable file, the renderer draws
 * the placeholder. A path that leaves the issue folder is treated as missing.
 *
 * <p>Use {@link #loadingSynchronously(Path)} for snapshots, where the picture must be complete.
 */
public final class IssueFolderImages implements ImageSource {

    private final Path folder;
    private final boolean background;
    private final Runnable onLoaded;
    private final Map<String, Image> cache = new HashMap<>();

    private IssueFolderImages(Path folder, boolean background, Runnable onLoaded) {
        this.folder = folder == null ? null : folder.toAbsolutePath().normalize();
        this.background = background;
        this.onLoaded = onLoaded == null ? () -> { } : onLoaded;
    }

    /** Images loaded in the background; {@code onLoaded} runs on the FX thread as each one arrives. */
    public static IssueFolderImages loadingInBackground(Path folder, Runnable onLoaded) {
        return new IssueFolderImages(folder, true, onLoaded);
    }

    /** Images loaded on first use, in the calling thread (snapshots, tests, the PDF comparison). */
    public static IssueFolderImages loadingSynchronously(Path folder) {
        return new IssueFolderImages(folder, false, null);
    }

    public Path folder() {
        return folder;
    }

    @Override
    public Image image(String imagePath) {
        if (imagePath == null || imagePath.isBlank() || folder == null) {
            return null;
        }
        Image image = cache.computeIfAbsent(imagePath, this::load);
        if (image == null || image.isError() || image.getProgress() < 1.0) {
            return null;
        }
        return image;
    }

    /** Forgets every image, e.g. after a photo's file was replaced on disk. */
    public void clear() {
        cache.clear();
    }

    private Image load(String imagePath) {
        Path file;
        try {
            file = folder.resolve(imagePath).normalize();
        } catch (RuntimeException invalidPath) {
            return null;
        }
        if (!file.startsWith(folder)) {
            return null;
        }
        if (!background && !Files.isRegularFile(file)) {
            return null;
        }
        Image image = new Image(file.toUri().toString(), background);
        if (background && image.getProgress() < 1.0 && !image.isError()) {
            image.progressProperty().addListener((obs, was, now) -> {
                if (now.doubleValue() >= 1.0) {
                    onLoaded.run();
                }
            });
            image.errorProperty().addListener((obs, was, now) -> onLoaded.run());
        }
        return Objects.requireNonNull(image);
    }
}
