package dev.broadsheet.edit;

import dev.broadsheet.model.Frame;
import dev.broadsheet.model.Grid;
import dev.broadsheet.model.Page;

/**
 * Where a frame's grid coordinates (first column, span, top below the type area, depth) put it on the page.
 * The composer places the same rectangles; the canvas uses these for hit tests and outlines while a frame is
 * being dragged, before the page is composed again.
 */
public final class FrameGeometry {
    private FrameGeometry() {
    }

    public static FrameRect rectOf(Page page, Frame frame) {
        Grid grid = page.grid();
        double x = grid.columnLeftPt(page.size(), frame.firstColumn());
        double width = grid.spanWidthPt(page.size(), frame.columnSpan());
        double y = typeAreaTop(page) + frame.top().toPoints();
        return new FrameRect(x, y, width, frame.depth().toPoints());
    }

    /** The y of the type area's top edge (版心上沿), from which frame tops and the baseline grid are measured. */
    public static double typeAreaTop(Page page) {
        return page.grid().margins().top().toPoints();
    }

    public static FrameRect typeArea(Page page) {
        Grid grid = page.grid();
        return new FrameRect(grid.margins().inside().toPoints(), typeAreaTop(page),
                grid.typeAreaWidthPt(page.size()), grid.typeAreaHeightPt(page.size()));
    }
}
