package dev.broadsheet.edit;

import dev.broadsheet.model.Frame;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Page;
import java.util.Objects;

/**
 * Gives a frame new grid geometry, as dragging one of its handles does (a left or top handle moves the
 * frame's first column or top too). The frame is kept inside the grid.
 */
public record ResizeFrameCommand(int pageNumber, String frameId, int firstColumn, int columnSpan, Length top,
                                 Length depth) implements EditCommand {

    public ResizeFrameCommand {
        Objects.requireNonNull(frameId, "frameId");
        Objects.requireNonNull(top, "top");
        Objects.requireNonNull(depth, "depth");
        if (columnSpan < 1) {
            throw new IllegalArgumentException("a frame spans at least one column, got " + columnSpan);
        }
        if (depth.toPoints() <= 0) {
            throw new IllegalArgumentException("a frame needs a positive depth, got " + depth);
        }
    }

    @Override
    public String name() {
        return "Resize frame";
    }

    @Override
    public Issue apply(Issue issue) {
        Page page = PageEdits.page(issue, pageNumber);
        Frame frame = PageEdits.frame(page, frameId);
        Frame resized = PageEdits.clampToGrid(page, frame.movedTo(firstColumn, top).resized(columnSpan, depth));
        return issue.withPage(page.withFrame(resized));
    }
}
