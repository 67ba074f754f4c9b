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
 * Places an unplaced story on a page: a new story-text frame that sets the headline deck above the text
 * ({@link DeckPlacement#ABOVE_TEXT}), on the column grid with its top on a grid line.
 */
public record PlaceStoryCommand(String storyId, int pageNumber, String frameId, int firstColumn, int columnSpan,
                                Length top, Length depth) implements EditCommand {

    /** A new story frame is two columns wide: the narrowest measure a deck still reads well in. */
    public static final int DEFAULT_SPAN = 2;
    /** …and 24 lines deep, about a quarter of a broadsheet's type area. */
    public static final int DEFAULT_LINES = 24;

    public PlaceStoryCommand {
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(frameId, "frameId");
        Objects.requireNonNull(top, "top");
        Objects.requireNonNull(depth, "depth");
    }

    /**
     * Placing where a story was dropped: the frame's top-left corner goes to the column and grid line nearest
     * to the page point ({@code pageX}, {@code pageY} in points), {@link #DEFAULT_SPAN} columns by
     * {@link #DEFAULT_LINES} lines, kept inside the type area.
     */
    public static PlaceStoryCommand droppedAt(Issue issue, String storyId, int pageNumber, double pageX, double pageY) {
        GridSnapper.DropPlacement at = new GridSnapper(PageEdits.page(issue, pageNumber))
                .dropAt(pageX, pageY, DEFAULT_SPAN, DEFAULT_LINES);
        return new PlaceStoryCommand(storyId, pageNumber, FrameIds.fresh(issue, "f"), at.firstColumn(), at.columnSpan(),
                at.top(), at.depth());
    }

    @Override
    public String name() {
        return "Place story";
    }

    @Override
    public Issue apply(Issue issue) {
        PageEdits.story(issue, storyId);
        Page page = PageEdits.page(issue, pageNumber);
        if (!issue.threadOf(storyId).isEmpty()) {
            throw new IllegalArgumentException("story '" + storyId + "' is already placed; continue it in a further frame instead");
        }
        if (PageEdits.frameIds(issue).contains(frameId)) {
            throw new IllegalArgumentException("the issue already has a frame '" + frameId + "'");
        }
        Frame frame = PageEdits.clampToGrid(page, new Frame(frameId, firstColumn, columnSpan, top, depth, 0,
                page.grid().gutter(), new FrameContent.StoryText(storyId, 0, DeckPlacement.ABOVE_TEXT, ColumnFill.SEQUENTIAL)));
        return issue.withPage(page.withFrame(frame));
    }
}
