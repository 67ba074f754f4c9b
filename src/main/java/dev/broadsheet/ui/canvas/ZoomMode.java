package dev.broadsheet.ui.canvas;

/** How the canvas chooses its zoom. */
public enum ZoomMode {
    /** The whole page in view; follows the canvas's size. */
    FIT_PAGE,
    /** The page's width in view; follows the canvas's size. */
    FIT_WIDTH,
    /** The zoom the user set (100%, 200%, Ctrl+wheel). */
    FIXED
}
