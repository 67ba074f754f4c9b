package dev.broadsheet.edit;

import dev.broadsheet.model.DeckPlacement;
import dev.broadsheet.model.Frame;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Duplicates frames of a page, two grid lines lower (kept inside the type area). A copy of a story frame
 * becomes the next frame of the story's thread, without a deck — a story's text is set once, so a "copy"
 * of its frame can only continue it. Photos, headlines and rules are copied as they are.
 *
 * @param newFrameIds the ids of the copies, one per frame, in the same order
 */
public record DuplicateFramesCommand(int pageNumber, List<String> frameIds, List<String> newFrameIds)
        implements EditCommand {

    public DuplicateFramesCommand {
        frameIds = List.copyOf(frameIds);
        newFrameIds = List.copyOf(newFrameIds);
        if (frameIds.size() != newFrameIds.size()) {
            throw new IllegalArgumentException("one new id per duplicated frame");
        }
    }

    /** Duplicates with fresh ids. */
    public static DuplicateFramesCommand of(Issue issue, int pageNumber, List<String> frameIds) {
        return new DuplicateFramesCommand(pageNumber, frameIds, FrameIds.fresh(issue, "f", frameIds.size()));
    }

    @Override
    public String name() {
        return frameIds.size() == 1 ? "Duplicate frame" : "Duplicate frames";
    }

    /** One frame or several: "移动框架" reads the same for both in Chinese, not in English. */
    @Override
    public String nameKey() {
        return frameIds.size() == 1 ? "command.duplicateFrames.one" : "command.duplicateFrames.several";
    }

    @Override
    public Issue apply(Issue issue) {
        Page page = PageEdits.page(issue, pageNumber);
        PageEdits.requireFrames(page, frameIds);
        for (String id : newFrameIds) {
            if (PageEdits.frameIds(issue).contains(id)) {
                throw new IllegalArgumentException("the issue already has a frame '" + id + "'");
            }
        }
        double offset = 2 * page.grid().linePitch().toPoints();
        List<Frame> frames = new ArrayList<>(page.frames());
        Issue working = issue;
        for (int i = 0; i < frameIds.size(); i++) {
            Frame original = PageEdits.frame(page, frameIds.get(i));
            FrameContent content = original.content();
            if (content instanceof FrameContent.StoryText t) {
                int next = PageEdits.nextThreadIndex(working, t.storyId());
                content = new FrameContent.StoryText(t.storyId(), next, DeckPlacement.NONE, t.fill());
            }
            Frame copy = PageEdits.clampToGrid(page, original.withId(newFrameIds.get(i)).withContent(content)
                    .movedTo(original.firstColumn(), PageEdits.points(original.top().toPoints() + offset)));
            frames.add(copy);
            working = working.withPage(page.withFrames(frames));
        }
        return Objects.requireNonNull(working);
    }
}
