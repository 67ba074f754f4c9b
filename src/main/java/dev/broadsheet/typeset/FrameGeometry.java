package dev.broadsheet.typeset;

import dev.broadsheet.model.Frame;
import dev.broadsheet.model.Grid;
import dev.broadsheet.model.PageSize;

/**
 * A frame's rectangle on its page, from the page grid: x = grid.columnLeftPt(firstColumn), width =
 * grid.spanWidthPt(columnSpan), y = margins.top + frame.top; text columns split the width with the frame's
 * text gutter (the grid gutter when none is set).
 */
record FrameGeometry(int pageNumber, Frame frame, double x, double y, double width, double height,
                     int columns, double gutter) {

    static FrameGeometry of(int pageNumber, Frame frame, PageSize size, Grid grid) {
        double x = grid.columnLeftPt(size, frame.firstColumn());
        double width = grid.spanWidthPt(size, frame.columnSpan());
        double y = grid.margins().top().toPoints() + frame.top().toPoints();
        double gutter = frame.textGutter() != null ? frame.textGutter().toPoints() : grid.gutter().toPoints();
        return new FrameGeometry(pageNumber, frame, x, y, width, Math.max(0, frame.depth().toPoints()),
                frame.effectiveTextColumns(), gutter);
    }

    double columnWidth() {
        return Math.max(0, (width - (columns - 1) * gutter) / columns);
    }

    double columnLeft(int column) {
        return x + column * (columnWidth() + gutter);
    }

    /**
     * The same frame with its top-left corner at (0, 0): what the composer sets text in, so that a composition
     * depends only on the frame's size and columns and can be moved with {@link Translation}.
     */
    FrameGeometry local() {
        return x == 0 && y == 0 ? this : new FrameGeometry(pageNumber, frame, 0, 0, width, height, columns, gutter);
    }

    /**
     * What of the frame determines the text set in it: everything but its position (and page) — its id and
     * content (thread index, deck placement, column fill), size, text columns and gutter.
     */
    Shape shape() {
        return new Shape(frame.id(), frame.content(), width, height, columns, gutter);
    }

    record Shape(String id, dev.broadsheet.model.FrameContent content, double width, double height, int columns,
                 double gutter) {
    }

    String id() {
        return frame.id();
    }
}
