package dev.broadsheet.edit;

import dev.broadsheet.model.Frame;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Page;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Moves one or more frames of a page together by whole columns sideways and by a distance up or down. The
 * move is limited so that every frame stays inside the grid, and the frames keep their places relative to
 * each other.
 */
public record MoveFrameCommand(int pageNumber, List<String> frameIds, int columnDelta, Length topDelta)
        implements EditCommand {

    public MoveFrameCommand {
        frameIds = List.copyOf(frameIds);
        Objects.requireNonNull(topDelta, "topDelta");
    }

    public static MoveFrameCommand of(int pageNumber, String frameId, int columnDelta, Length topDelta) {
        return new MoveFrameCommand(pageNumber, List.of(frameId), columnDelta, topDelta);
    }

    @Override
    public String name() {
        return frameIds.size() == 1 ? "Move frame" : "Move frames";
    }

    /** One frame or several: "移动框架" reads the same for both in Chinese, not in English. */
    @Override
    public String nameKey() {
        return frameIds.size() == 1 ? "command.moveFrame.one" : "command.moveFrame.several";
    }

    @Override
    public Issue apply(Issue issue) {
        Page page = PageEdits.page(issue, pageNumber);
        PageEdits.requireFrames(page, frameIds);
        Set<String> ids = Set.copyOf(frameIds);
        double areaHeight = page.grid().typeAreaHeightPt(page.size());
        int columns = page.grid().columns();
        // Limit the deltas by the frame that meets the edge first, so the group keeps its shape.
        int dc = columnDelta;
        double dy = topDelta.toPoints();
        for (Frame f : page.frames()) {
            if (!ids.contains(f.id())) {
                continue;
            }
            dc = Math.max(dc, -f.firstColumn());
            dc = Math.min(dc, columns - f.columnSpan() - f.firstColumn());
            dy = Math.max(dy, -f.top().toPoints());
            dy = Math.min(dy, areaHeight - f.top().toPoints() - f.depth().toPoints());
        }
        final int columnShift = dc;
        final double topShift = dy;
        List<Frame> moved = page.frames().stream().map(f -> ids.contains(f.id())
                ? f.movedTo(Math.max(0, f.firstColumn() + columnShift), PageEdits.points(Math.max(0, f.top().toPoints() + topShift)))
                : f).toList();
        return issue.withPage(page.withFrames(moved));
    }
}
