package dev.broadsheet.ui.canvas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * What the canvas draws over the page — grid, margins, frame outlines, thread links, selection handles, snap
 * guides, the rubber band — as a list of marks in view pixels. Marks are values: the canvas compares the list it
 * drew with the new one and repaints only around the marks that came or went (a selection, a guide), instead of
 * clearing and redrawing a whole layer on every change.
 */
final class OverlayMarks {
    private OverlayMarks() {
    }

    static final Font LABEL_FONT = Font.font(9);

    sealed interface Mark {
        /** The pixels the mark may touch, generously (antialiasing, line width). */
        Rectangle2D bounds();

        void draw(GraphicsContext gc);
    }

    /** A straight line. */
    record Line(double x1, double y1, double x2, double y2, Color color, double width) implements Mark {
        @Override
        public Rectangle2D bounds() {
            double pad = width + 1;
            return new Rectangle2D(Math.min(x1, x2) - pad, Math.min(y1, y2) - pad, Math.abs(x2 - x1) + 2 * pad,
                    Math.abs(y2 - y1) + 2 * pad);
        }

        @Override
        public void draw(GraphicsContext gc) {
            gc.setStroke(color);
            gc.setLineWidth(width);
            gc.strokeLine(x1, y1, x2, y2);
        }
    }

    /** A rectangle, stroked (dashed or not), filled first when {@code fill} is given. */
    record Box(double x, double y, double w, double h, Color stroke, double width, boolean dashed, Color fill)
            implements Mark {
        @Override
        public Rectangle2D bounds() {
            double pad = width + 1;
            return new Rectangle2D(x - pad, y - pad, Math.max(0, w) + 2 * pad, Math.max(0, h) + 2 * pad);
        }

        @Override
        public void draw(GraphicsContext gc) {
            if (fill != null) {
                gc.setFill(fill);
                gc.fillRect(x, y, w, h);
            }
            if (stroke != null) {
                gc.setStroke(stroke);
                gc.setLineWidth(width);
                gc.setLineDashes(dashed ? new double[] {4, 3} : null);
                gc.strokeRect(x, y, w, h);
                gc.setLineDashes((double[]) null);
            }
        }
    }

    /** A short label in the overlay's small font, its top at {@code y}. */
    record Caption(String text, double x, double y, TextAlignment align, Color color) implements Mark {
        @Override
        public Rectangle2D bounds() {
            // No measuring: at 9 px a character is at most 9 px wide (a Han character is one em).
            double w = text.length() * 10 + 4;
            double left = align == TextAlignment.RIGHT ? x - w : align == TextAlignment.CENTER ? x - w / 2 : x;
            return new Rectangle2D(left - 2, y - 2, w + 4, 16);
        }

        @Override
        public void draw(GraphicsContext gc) {
            gc.setFill(color);
            gc.setFont(LABEL_FONT);
            gc.setTextBaseline(VPos.TOP);
            gc.setTextAlign(align);
            gc.fillText(text, x, y);
            gc.setTextAlign(TextAlignment.LEFT);
        }
    }

    /** The bounds of the marks that are in one list and not the other: what must be repainted. */
    static List<Rectangle2D> changedBetween(List<Mark> before, List<Mark> after) {
        Set<Mark> old = new HashSet<>(before);
        Set<Mark> now = new HashSet<>(after);
        List<Rectangle2D> changed = new ArrayList<>();
        for (Mark m : before) {
            if (!now.contains(m)) {
                changed.add(m.bounds());
            }
        }
        for (Mark m : after) {
            if (!old.contains(m)) {
                changed.add(m.bounds());
            }
        }
        return changed;
    }

    /** Draws the marks that touch a region, in order. */
    static void draw(GraphicsContext gc, List<Mark> marks, Rectangle2D region) {
        for (Mark m : marks) {
            if (m.bounds().intersects(region)) {
                m.draw(gc);
            }
        }
    }
}
