package dev.broadsheet.edit;

import dev.broadsheet.model.ColumnFill;
import dev.broadsheet.model.DeckPlacement;
import dev.broadsheet.model.Frame;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Page;
import java.util.Objects;

/**
 * Continues a placed story (续排) in a further frame, on the same or another page: the new frame comes last in
 * the story's thread and carries no deck, and the text that did not fit the story's last frame flows into it.
 */
public record ThreadFrameCommand(String storyId, int pageNumber, String frameId, int firstColumn, int columnSpan,
                                 Length top, Length depth) implements EditCommand {

    public ThreadFrameCommand {
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(frameId, "frameId");
        Objects.requireNonNull(top, "top");
        Objects.requireNonNull(depth, "depth");
    }

    /** A continuation frame dropped at a page point, sized as a newly placed story. */
    public static ThreadFrameCommand droppedAt(Issue issue, String storyId, int pageNumber, double pageX, double pageY) {
        PlaceStoryCommand shape = PlaceStoryCommand.droppedAt(issue, storyId, pageNumber, pageX, pageY);
        return new ThreadFrameCommand(storyId, pageNumber, shape.frameId(), shape.firstColumn(), shape.columnSpan(),
                shape.top(), shape.depth());
    }

    @Override
    public String name() {
        return "Continue story in a new frame";
    }

    @Override
    public Issue apply(Issue issue) {
        PageEdits.story(issue, storyId);
        Page page = PageEdits.page(issue, pageNumber);
        if (issue.threadOf(storyId).isEmpty()) {
            throw new IllegalArgumentException("story '" + storyId + "' is not placed yet; place it first");
        }
        if (PageEdits.frameIds(issue).contains(frameId)) {
            throw new IllegalArgumentException("the issue already has a frame '" + frameId + "'");
        }
        int index = PageEdits.nextThreadIndex(issue, storyId);
        Frame frame = PageEdits.clampToGrid(page, new Frame(frameId, firstColumn, columnSpan, top, depth, 0,
                page.grid().gutter(), new FrameContent.StoryText(storyId, index, DeckPlacement.NONE, ColumnFill.SEQUENTIAL)));
        return issue.withPage(page.withFrame(frame));
    }
}
