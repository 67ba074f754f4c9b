package dev.broadsheet.edit;

import dev.broadsheet.model.Frame;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.Photo;
import java.util.Objects;

/**
 * Places a photo in a new frame. The photo is added to the issue when it is new (an image file dropped on
 * the page) and kept as it is when the issue already has one with its id.
 */
public record PlacePhotoCommand(Photo photo, int pageNumber, String frameId, int firstColumn, int columnSpan,
                                Length top, Length depth) implements EditCommand {

    /** A dropped photo takes three columns and 16 lines until the editor sizes it. */
    public static final int DEFAULT_SPAN = 3;
    public static final int DEFAULT_LINES = 16;

    public PlacePhotoCommand {
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(frameId, "frameId");
        Objects.requireNonNull(top, "top");
        Objects.requireNonNull(depth, "depth");
    }

    /** A photo frame dropped at a page point (points), its corner on the nearest column and grid line. */
    public static PlacePhotoCommand droppedAt(Issue issue, Photo photo, int pageNumber, double pageX, double pageY) {
        GridSnapper.DropPlacement at = new GridSnapper(PageEdits.page(issue, pageNumber))
                .dropAt(pageX, pageY, DEFAULT_SPAN, DEFAULT_LINES);
        return new PlacePhotoCommand(photo, pageNumber, FrameIds.fresh(issue, "f"), at.firstColumn(), at.columnSpan(),
                at.top(), at.depth());
    }

    /** A new photo id that the issue does not use yet. */
    public static String freshPhotoId(Issue issue) {
        for (int n = 1; ; n++) {
            String id = "P" + n;
            if (issue.photo(id).isEmpty()) {
                return id;
            }
        }
    }

    @Override
    public String name() {
        return "Place photo";
    }

    @Override
    public Issue apply(Issue issue) {
        Page page = PageEdits.page(issue, pageNumber);
        if (PageEdits.frameIds(issue).contains(frameId)) {
            throw new IllegalArgumentException("the issue already has a frame '" + frameId + "'");
        }
        Issue withPhoto = issue.photo(photo.id()).isPresent() ? issue : issue.withPhoto(photo);
        Frame frame = PageEdits.clampToGrid(page, new Frame(frameId, firstColumn, columnSpan, top, depth, 0,
                page.grid().gutter(), FrameContent.PhotoImage.of(photo.id())));
        return withPhoto.withPage(page.withFrame(frame));
    }
}
