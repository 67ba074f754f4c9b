package dev.broadsheet.edit;

import dev.broadsheet.model.Frame;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Moves frames from one page to another, keeping their grid places (first column, span, top, depth) as far as the
 * other page's grid allows. A frame keeps its id and content, so a story's thread stays intact: its frames are
 * ordered by their thread index, not by page, and the link now runs across pages ("续第 N 版").
 */
public record MoveFrameToPageCommand(int fromPage, List<String> frameIds, int toPage) implements EditCommand {

    public MoveFrameToPageCommand {
        frameIds = List.copyOf(frameIds);
        if (fromPage == toPage) {
            throw new IllegalArgumentException("the frames are already on page " + toPage);
        }
    }

    public static MoveFrameToPageCommand of(int fromPage, String frameId, int toPage) {
        return new MoveFrameToPageCommand(fromPage, List.of(Objects.requireNonNull(frameId, "frameId")), toPage);
    }

    @Override
    public String name() {
        return frameIds.size() == 1 ? "Move frame to page" : "Move frames to page";
    }

    @Override
    public Issue apply(Issue issue) {
        Page source = PageEdits.page(issue, fromPage);
        Page target = PageEdits.page(issue, toPage);
        PageEdits.requireFrames(source, frameIds);
        Set<String> ids = Set.copyOf(frameIds);
        List<Frame> staying = new ArrayList<>();
        List<Frame> arriving = new ArrayList<>(target.frames());
        for (Frame f : source.frames()) {
            if (ids.contains(f.id())) {
                arriving.add(PageEdits.clampToGrid(target, f));
            } else {
                staying.add(f);
            }
        }
        return issue.withPage(source.withFrames(staying)).withPage(target.withFrames(arriving));
    }
}
