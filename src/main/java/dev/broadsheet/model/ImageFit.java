package dev.broadsheet.model;

/** How a photo sits in its frame. */
public enum ImageFit {
    /** Whole image visible, letterboxed. */
    FIT,
    /** Frame filled, image cropped, centred. */
    FILL,
    /** Frame filled at an explicit scale and pan. */
    CROP
}
