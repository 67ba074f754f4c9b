package dev.broadsheet.model;

import java.util.Objects;

/**
 * A rectangle on a page, snapped to the page's column grid: it starts at grid column {@code firstColumn}
 * (0-based), spans {@code columnSpan} grid columns, and runs from {@code top} (below the top of the type
 * area) for {@code depth}.
 *
 * <p>Text inside may use its own columns: {@code textColumns} text columns with {@code textGutter} between
 * them, so a story can break the grid (破栏, e.g. three grid columns set as two text columns). When
 * {@code textColumns} is 0 the frame follows the grid: one text column per grid column.
 */
public record Frame(String id, int firstColumn, int columnSpan, Length top, Length depth,
                    int textColumns, Length textGutter, FrameContent content) {
    public Frame {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(top, "top");
        Objects.requireNonNull(depth, "depth");
        Objects.requireNonNull(content, "content");
        if (firstColumn < 0) {
            throw new IllegalArgumentException("firstColumn must not be negative, got " + firstColumn);
        }
        if (columnSpan < 1) {
            throw new IllegalArgumentException("columnSpan must be at least 1, got " + columnSpan);
        }
        if (textColumns < 0) {
            throw new IllegalArgumentException("textColumns must not be negative, got " + textColumns);
        }
    }

    /** The number of text columns actually used. */
    public int effectiveTextColumns() {
        return textColumns == 0 ? columnSpan : textColumns;
    }

    public Frame movedTo(int newFirstColumn, Length newTop) {
        return new Frame(id, newFirstColumn, columnSpan, newTop, depth, textColumns, textGutter, content);
    }

    public Frame resized(int newSpan, Length newDepth) {
        return new Frame(id, firstColumn, newSpan, top, newDepth, textColumns, textGutter, content);
    }

    public Frame withTextColumns(int columns, Length gutter) {
        return new Frame(id, firstColumn, columnSpan, top, depth, columns, gutter, content);
    }

    public Frame withContent(FrameContent newContent) {
        return new Frame(id, firstColumn, columnSpan, top, depth, textColumns, textGutter, newContent);
    }

    public Frame withId(String newId) {
        return new Frame(newId, firstColumn, columnSpan, top, depth, textColumns, textGutter, content);
    }
}
