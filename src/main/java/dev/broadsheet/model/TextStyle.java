package dev.broadsheet.model;

import java.util.Objects;

/**
 * One entry of a paper's 字体字号表: typeface role, weight, size and line pitch.
 *
 * @param leading baseline-to-baseline distance (line pitch); body text on a newspaper grid is set at about
 *                1.25–1.33 × the body size (NEWSROOM.md "Pages")
 */
public record TextStyle(FontRole font, FontWeight weight, Length size, Length leading, Alignment alignment) {
    public TextStyle {
        Objects.requireNonNull(font, "font");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(alignment, "alignment");
        if (leading == null) {
            leading = size.times(1.3);
        }
        if (size.toPoints() <= 0) {
            throw new IllegalArgumentException("a type size must be positive, got " + size);
        }
    }

    public TextStyle withSize(Length newSize) {
        return new TextStyle(font, weight, newSize, leading.times(newSize.toPoints() / size.toPoints()), alignment);
    }

    public TextStyle withAlignment(Alignment newAlignment) {
        return new TextStyle(font, weight, size, leading, newAlignment);
    }
}
