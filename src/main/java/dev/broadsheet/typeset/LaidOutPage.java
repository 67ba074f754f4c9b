package dev.broadsheet.typeset;

import java.util.List;

/**
 * A composed page: everything both renderers draw, in drawing order. Coordinates are points from the
 * trim box's top-left corner, y down.
 */
public record LaidOutPage(int pageNumber, double width, double height, List<FrameBox> frames, List<PlacedItem> items) {
    public LaidOutPage {
        frames = List.copyOf(frames);
        items = List.copyOf(items);
    }

    public List<PlacedItem.PlacedLine> lines() {
        return items.stream().filter(PlacedItem.PlacedLine.class::isInstance).map(PlacedItem.PlacedLine.class::cast).toList();
    }
}
