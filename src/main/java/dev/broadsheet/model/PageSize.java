package dev.broadsheet.model;

import java.util.Objects;

/** A trim size, and the preset it came from ({@link PagePreset#CUSTOM} when typed in). */
public record PageSize(PagePreset preset, Length width, Length height) {
    public PageSize {
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(height, "height");
        if (preset == null) {
            preset = PagePreset.CUSTOM;
        }
        if (width.toPoints() <= 0 || height.toPoints() <= 0) {
            throw new IllegalArgumentException("a page must have a positive size, got " + width + " × " + height);
        }
    }
}
