package dev.broadsheet.typeset;

/**
 * A frame's rectangle on the laid-out page, in points from the trim box's top-left corner, with the
 * geometry of its text columns: what the canvas hit-tests and outlines.
 */
public record FrameBox(String frameId, Kind kind, String contentId, double x, double y, double width, double height,
                       int textColumns, double columnWidth, double columnGutter) {
    public enum Kind { STORY, HEADLINE, PHOTO, RULE }
}
