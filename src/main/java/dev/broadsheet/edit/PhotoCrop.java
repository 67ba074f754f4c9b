package dev.broadsheet.edit;

import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.ImageFit;

/**
 * Cropping and panning a photo inside its frame with the mouse, as {@link SetPhotoFitCommand}s: the canvas's
 * Alt+drag (pan) and Alt+wheel (crop) gestures compute here, so the rules are testable without a window.
 *
 * <p>A cropped photo is drawn at {@code scale} times its image area, offset by the pan (PhotoSetter). The pan is
 * kept so that the image always covers the whole area — no paper shows at an edge, as a picture editor crops.
 */
public final class PhotoCrop {
    private PhotoCrop() {
    }

    /** One wheel notch enlarges the image by a tenth. */
    public static final double WHEEL_STEP = 1.1;
    /** Beyond eight times a newspaper photo is only its grain. */
    public static final double MAX_SCALE = 8;

    /** A pan along one axis kept so that an image {@code scale} times the area's size still covers it. */
    public static double clampPan(double pan, double areaSize, double scale) {
        double slack = areaSize - areaSize * scale;
        return Math.max(Math.min(slack, 0), Math.min(Math.max(slack, 0), pan));
    }

    /**
     * The photo's image moved by {@code (dx, dy)} points from where it was ({@code start}) inside an image area of
     * {@code areaWidth × areaHeight}. A photo not cropped yet starts from scale 1 and no pan.
     */
    public static SetPhotoFitCommand panBy(int pageNumber, String frameId, FrameContent.PhotoImage start,
                                           double areaWidth, double areaHeight, double dx, double dy) {
        boolean cropped = start.fit() == ImageFit.CROP;
        double scale = cropped ? start.scale() : 1;
        double panX = clampPan((cropped ? start.panX().toPoints() : 0) + dx, areaWidth, scale);
        double panY = clampPan((cropped ? start.panY().toPoints() : 0) + dy, areaHeight, scale);
        return new SetPhotoFitCommand(pageNumber, frameId, ImageFit.CROP, scale, PageEdits.points(panX), PageEdits.points(panY));
    }

    /**
     * The photo's image scaled by {@code factor} around a page point inside its image area (which starts at
     * {@code areaX, areaY}): the image point under the mouse stays under it, as far as the image still covers the
     * area. The scale stays between 1 (image fills the area) and {@link #MAX_SCALE}.
     */
    public static SetPhotoFitCommand zoomAround(int pageNumber, String frameId, FrameContent.PhotoImage photo,
                                                double areaX, double areaY, double areaWidth, double areaHeight,
                                                double factor, double pageX, double pageY) {
        boolean cropped = photo.fit() == ImageFit.CROP;
        double scale = cropped ? photo.scale() : 1;
        double newScale = Math.max(1, Math.min(MAX_SCALE, scale * factor));
        double applied = newScale / scale;
        double mouseX = pageX - areaX;
        double mouseY = pageY - areaY;
        double panX = cropped ? photo.panX().toPoints() : 0;
        double panY = cropped ? photo.panY().toPoints() : 0;
        // The image point under the mouse is (mouse - pan) / scale of the image; keep it under the mouse.
        double newPanX = clampPan(mouseX - (mouseX - panX) * applied, areaWidth, newScale);
        double newPanY = clampPan(mouseY - (mouseY - panY) * applied, areaHeight, newScale);
        return new SetPhotoFitCommand(pageNumber, frameId, ImageFit.CROP, newScale, PageEdits.points(newPanX),
                PageEdits.points(newPanY));
    }
}
