package dev.broadsheet.edit;

import dev.broadsheet.model.Frame;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.Story;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Look-ups shared by the commands, failing with a message that names what is missing. */
final class PageEdits {
    private PageEdits() {
    }

    static Page page(Issue issue, int number) {
        return issue.page(number).orElseThrow(() -> new IllegalArgumentException("the issue has no page " + number));
    }

    static Frame frame(Page page, String frameId) {
        return page.frame(frameId).orElseThrow(() ->
                new IllegalArgumentException("page " + page.number() + " has no frame '" + frameId + "'"));
    }

    static Story story(Issue issue, String storyId) {
        return issue.story(storyId).orElseThrow(() -> new IllegalArgumentException("the issue has no story '" + storyId + "'"));
    }

    static void requireFrames(Page page, Collection<String> frameIds) {
        if (frameIds.isEmpty()) {
            throw new IllegalArgumentException("no frames given");
        }
        for (String id : frameIds) {
            frame(page, id);
        }
    }

    /** Every frame id of the issue: frame ids are unique across pages, so a thread can name its frames. */
    static Set<String> frameIds(Issue issue) {
        Set<String> ids = new HashSet<>();
        issue.pages().forEach(p -> p.frames().forEach(f -> ids.add(f.id())));
        return ids;
    }

    /** Keeps a frame on the grid: columns inside the page's grid, top and depth inside the type area. */
    static Frame clampToGrid(Page page, Frame frame) {
        int columns = page.grid().columns();
        int span = Math.max(1, Math.min(frame.columnSpan(), columns));
        int first = Math.max(0, Math.min(frame.firstColumn(), columns - span));
        double areaHeight = page.grid().typeAreaHeightPt(page.size());
        double depth = Math.max(1, Math.min(frame.depth().toPoints(), areaHeight));
        double top = Math.max(0, Math.min(frame.top().toPoints(), areaHeight - depth));
        Frame placed = frame.movedTo(first, points(top)).resized(span, points(depth));
        return placed.equals(frame) ? frame : placed;
    }

    /** A length in points rounded to 1/1000 pt, so that the issue file reads 137.5pt rather than 137.50000001pt. */
    static Length points(double value) {
        return Length.pt(Math.round(value * 1000) / 1000.0);
    }

    static int nextThreadIndex(Issue issue, String storyId) {
        return issue.threadOf(storyId).stream()
                .mapToInt(pf -> ((FrameContent.StoryText) pf.frame().content()).threadIndex())
                .max().orElse(-1) + 1;
    }
}
