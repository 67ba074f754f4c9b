package dev.broadsheet.ui.canvas;

import javafx.scene.Cursor;

/** The eight handles of a selected frame and which of its edges each one drags. */
enum ResizeHandle {
    TOP_LEFT(true, false, true, false, Cursor.NW_RESIZE),
    TOP(false, false, true, false, Cursor.N_RESIZE),
    TOP_RIGHT(false, true, true, false, Cursor.NE_RESIZE),
    RIGHT(false, true, false, false, Cursor.E_RESIZE),
    BOTTOM_RIGHT(false, true, false, true, Cursor.SE_RESIZE),
    BOTTOM(false, false, false, true, Cursor.S_RESIZE),
    BOTTOM_LEFT(true, false, false, true, Cursor.SW_RESIZE),
    LEFT(true, false, false, false, Cursor.W_RESIZE);

    final boolean left;
    final boolean right;
    final boolean top;
    final boolean bottom;
    final Cursor cursor;

    ResizeHandle(boolean left, boolean right, boolean top, boolean bottom, Cursor cursor) {
        this.left = left;
        this.right = right;
        this.top = top;
        this.bottom = bottom;
        this.cursor = cursor;
    }

    /** Where the handle sits on a rectangle, as fractions of its width and height. */
    double fx() {
        return left ? 0 : right ? 1 : 0.5;
    }

    double fy() {
        return top ? 0 : bottom ? 1 : 0.5;
    }
}
