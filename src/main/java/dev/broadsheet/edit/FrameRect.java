package dev.broadsheet.edit;

/** A frame's rectangle on its page in points from the trim box's top-left corner, y down. */
public record FrameRect(double x, double y, double width, double height) {

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    public boolean intersects(double ox, double oy, double ow, double oh) {
        return ox < right() && ox + ow > x && oy < bottom() && oy + oh > y;
    }
}
