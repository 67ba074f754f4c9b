package dev.broadsheet.model;

import java.util.Objects;

/**
 * A page's column grid (基本栏) and baseline grid (背景格).
 *
 * @param columns    base columns; broadsheets mostly use 8 (NEWSROOM.md "Pages")
 * @param gutter     space between columns
 * @param bodySize   the body type size the grid is built on
 * @param linePitch  baseline-to-baseline distance of the baseline grid
 */
public record Grid(int columns, Length gutter, Margins margins, Length bodySize, Length linePitch) {
    public Grid {
        if (columns < 1 || columns > 40) {
            throw new IllegalArgumentException("a grid needs 1 to 40 columns, got " + columns);
        }
        Objects.requireNonNull(gutter, "gutter");
        Objects.requireNonNull(margins, "margins");
        Objects.requireNonNull(bodySize, "bodySize");
        Objects.requireNonNull(linePitch, "linePitch");
    }

    /** Width of the type area in points for a page of the given width. */
    public double typeAreaWidthPt(PageSize size) {
        return size.width().toPoints() - margins.inside().toPoints() - margins.outside().toPoints();
    }

    public double typeAreaHeightPt(PageSize size) {
        return size.height().toPoints() - margins.top().toPoints() - margins.bottom().toPoints();
    }

    /** Width of one grid column in points. */
    public double columnWidthPt(PageSize size) {
        return (typeAreaWidthPt(size) - (columns - 1) * gutter.toPoints()) / columns;
    }

    /** Left edge of a column (0-based) in points from the page's left edge. */
    public double columnLeftPt(PageSize size, int column) {
        return margins.inside().toPoints() + column * (columnWidthPt(size) + gutter.toPoints());
    }

    /** Width of a span of whole columns including the gutters between them. */
    public double spanWidthPt(PageSize size, int span) {
        return span * columnWidthPt(size) + (span - 1) * gutter.toPoints();
    }

    public Grid withColumns(int newColumns) {
        return new Grid(newColumns, gutter, margins, bodySize, linePitch);
    }
}
