package dev.broadsheet.edit;

import dev.broadsheet.model.Frame;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.ImageFit;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Page;
import java.util.Objects;

/** How a photo sits in its frame: fit, fill, or crop at a scale with a pan. */
public record SetPhotoFitCommand(int pageNumber, String frameId, ImageFit fit, double scale, Length panX, Length panY)
        implements EditCommand {

    public SetPhotoFitCommand {
        Objects.requireNonNull(frameId, "frameId");
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(panX, "panX");
        Objects.requireNonNull(panY, "panY");
        if (!(scale > 0)) {
            throw new IllegalArgumentException("a crop scale must be positive, got " + scale);
        }
    }

    @Override
    public String name() {
        return "Set photo fit";
    }

    @Override
    public Issue apply(Issue issue) {
        Page page = PageEdits.page(issue, pageNumber);
        Frame frame = PageEdits.frame(page, frameId);
        if (!(frame.content() instanceof FrameContent.PhotoImage photo)) {
            throw new IllegalArgumentException("frame '" + frameId + "' holds no photo");
        }
        return issue.withPage(page.withFrame(frame.withContent(
                new FrameContent.PhotoImage(photo.photoId(), fit, scale, panX, panY))));
    }
}
