package dev.broadsheet.edit;

import dev.broadsheet.model.Frame;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Snaps frame edges on one page: sideways to the column grid (基本栏), up and down to the baseline grid
 * (背景格 — lines {@code linePitch} apart from the top margin) or, when one is near, to another frame's top or
 * bottom edge. Drag and keyboard moves and resizes go through it, and it names the guides the canvas draws.
 *
 * <p>Vertical positions are "tops": points below the top of the type area, as {@link Frame#top()} is.
 */
public final class GridSnapper {

    /** Shift+arrow moves by a quarter of a line: fine enough to set a rule or a photo off the grid. */
    public static final double FINE_STEP_LINES = 0.25;

    /** The direction of a guide line: a {@code VERTICAL} guide is drawn at an x, a {@code HORIZONTAL} one at a y. */
    public enum Axis { HORIZONTAL, VERTICAL }

    /**
     * A snapping guide to show while dragging.
     *
     * @param position page x (vertical guide) or page y (horizontal guide) in points
     * @param kind     what was snapped to
     */
    public record Guide(Axis axis, double position, Kind kind) {
        public enum Kind { COLUMN, BASELINE, FRAME_EDGE }
    }

    /** A snapped vertical position (a top, below the type area) and the guides that explain it. */
    public record VerticalSnap(double top, List<Guide> guides) {
        public VerticalSnap {
            guides = List.copyOf(guides);
        }
    }

    private final Page page;
    private final double typeAreaTop;
    private final double typeAreaHeight;
    private final double linePitch;

    public GridSnapper(Page page) {
        this.page = page;
        this.typeAreaTop = FrameGeometry.typeAreaTop(page);
        this.typeAreaHeight = page.grid().typeAreaHeightPt(page.size());
        this.linePitch = page.grid().linePitch().toPoints();
    }

    public Page page() {
        return page;
    }

    public int columns() {
        return page.grid().columns();
    }

    /** Baseline-to-baseline distance of the page's grid: one arrow-key step up or down. */
    public double linePitch() {
        return linePitch;
    }

    /** The Shift+arrow step. */
    public double fineStep() {
        return linePitch * FINE_STEP_LINES;
    }

    /** Column width plus gutter: one arrow-key step sideways. */
    public double columnPitch() {
        return page.grid().columnWidthPt(page.size()) + page.grid().gutter().toPoints();
    }

    public double typeAreaHeight() {
        return typeAreaHeight;
    }

    /** How many whole lines of the baseline grid the type area holds. */
    public int lineCount() {
        return (int) Math.floor(typeAreaHeight / linePitch + 1e-9);
    }

    /** The column whose left edge is nearest to a page x, kept so that {@code span} columns fit. */
    /**
     * Where a frame of {@code span} columns by {@code lines} grid lines lands when dropped at a page point
     * (points): its top-left corner on the nearest column and grid line, kept inside the type area.
     */
    public DropPlacement dropAt(double pageX, double pageY, int span, int lines) {
        int fittedSpan = Math.min(span, columns());
        int column = nearestColumn(pageX, fittedSpan);
        double depth = Math.min(lines, lineCount()) * linePitch();
        double top = Math.min(snapToLine(topOf(pageY)), Math.max(0, lineCount() * linePitch() - depth));
        return new DropPlacement(column, fittedSpan, PageEdits.points(top), PageEdits.points(depth));
    }

    /** A dropped frame's grid placement: first column, span, top below the type area and depth. */
    public record DropPlacement(int firstColumn, int columnSpan, Length top, Length depth) {
    }

    public int nearestColumn(double pageX, int span) {
        double left = page.grid().margins().inside().toPoints();
        int column = (int) Math.round((pageX - left) / columnPitch());
        return clampColumn(column, span);
    }

    public int clampColumn(int firstColumn, int span) {
        return Math.max(0, Math.min(firstColumn, columns() - Math.max(1, Math.min(span, columns()))));
    }

    /** The number of columns from {@code firstColumn} whose right edge is nearest to a page x (at least one). */
    public int spanToRightEdge(int firstColumn, double pageX) {
        double left = page.grid().columnLeftPt(page.size(), firstColumn);
        double gutter = page.grid().gutter().toPoints();
        int span = (int) Math.round((pageX - left + gutter) / columnPitch());
        return Math.max(1, Math.min(span, columns() - firstColumn));
    }

    /** The page y of a top. */
    public double pageY(double top) {
        return typeAreaTop + top;
    }

    /** The top (below the type area) of a page y. */
    public double topOf(double pageY) {
        return pageY - typeAreaTop;
    }

    /** The nearest line of the baseline grid, inside the type area. */
    public double snapToLine(double top) {
        double snapped = Math.round(top / linePitch) * linePitch;
        return Math.max(0, Math.min(snapped, lineCount() * linePitch));
    }

    /**
     * Snaps one horizontal edge (a frame's top or bottom while resizing): to another frame's top or bottom edge
     * within {@code tolerance} points, else to the nearest grid line.
     */
    public VerticalSnap snapEdge(double edge, double tolerance, Set<String> ignoredFrameIds) {
        double best = Double.NaN;
        double bestDistance = tolerance;
        for (double candidate : otherFrameEdges(ignoredFrameIds)) {
            double d = Math.abs(candidate - edge);
            if (d <= bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        if (!Double.isNaN(best)) {
            return new VerticalSnap(best, List.of(new Guide(Axis.HORIZONTAL, pageY(best), Guide.Kind.FRAME_EDGE)));
        }
        double line = snapToLine(edge);
        return new VerticalSnap(line, List.of(new Guide(Axis.HORIZONTAL, pageY(line), Guide.Kind.BASELINE)));
    }

    /**
     * Snaps a moving frame of the given depth: its top or its bottom to a nearby frame edge (whichever is
     * closer), else its top to the grid; the result keeps the frame inside the type area.
     */
    public VerticalSnap snapMove(double top, double depth, double tolerance, Set<String> ignoredFrameIds) {
        double bestTop = Double.NaN;
        double bestDistance = tolerance;
        double guideY = 0;
        for (double candidate : otherFrameEdges(ignoredFrameIds)) {
            double dTop = Math.abs(candidate - top);
            if (dTop <= bestDistance) {
                bestDistance = dTop;
                bestTop = candidate;
                guideY = candidate;
            }
            double dBottom = Math.abs(candidate - (top + depth));
            if (dBottom < bestDistance) {
                bestDistance = dBottom;
                bestTop = candidate - depth;
                guideY = candidate;
            }
        }
        if (!Double.isNaN(bestTop) && bestTop >= 0 && bestTop + depth <= typeAreaHeight + 1e-6) {
            return new VerticalSnap(bestTop, List.of(new Guide(Axis.HORIZONTAL, pageY(guideY), Guide.Kind.FRAME_EDGE)));
        }
        double line = snapToLine(top);
        line = Math.max(0, Math.min(line, typeAreaHeight - depth));
        return new VerticalSnap(line, List.of(new Guide(Axis.HORIZONTAL, pageY(line), Guide.Kind.BASELINE)));
    }

    /** Guides for a frame's left and right column edges, marked as frame edges when another frame shares them. */
    public List<Guide> columnGuides(int firstColumn, int span, Set<String> ignoredFrameIds) {
        List<Guide> guides = new ArrayList<>();
        double left = page.grid().columnLeftPt(page.size(), firstColumn);
        double right = left + page.grid().spanWidthPt(page.size(), span);
        guides.add(new Guide(Axis.VERTICAL, left, sharesColumnEdge(left, ignoredFrameIds) ? Guide.Kind.FRAME_EDGE : Guide.Kind.COLUMN));
        guides.add(new Guide(Axis.VERTICAL, right, sharesColumnEdge(right, ignoredFrameIds) ? Guide.Kind.FRAME_EDGE : Guide.Kind.COLUMN));
        return guides;
    }

    private boolean sharesColumnEdge(double x, Set<String> ignored) {
        for (Frame f : page.frames()) {
            if (ignored.contains(f.id())) {
                continue;
            }
            FrameRect r = FrameGeometry.rectOf(page, f);
            if (Math.abs(r.x() - x) < 0.01 || Math.abs(r.right() - x) < 0.01) {
                return true;
            }
        }
        return false;
    }

    private List<Double> otherFrameEdges(Set<String> ignored) {
        List<Double> edges = new ArrayList<>();
        for (Frame f : page.frames()) {
            if (ignored.contains(f.id())) {
                continue;
            }
            edges.add(f.top().toPoints());
            edges.add(f.top().toPoints() + f.depth().toPoints());
        }
        return edges;
    }
}
