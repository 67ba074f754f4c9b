package dev.broadsheet.edit;

import dev.broadsheet.model.Frame;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Page;
import java.util.Objects;

/**
 * Sets a frame's own text columns, breaking the grid (破栏): e.g. a frame over three grid columns set as two
 * text columns. {@code textColumns} 0 goes back to one text column per grid column.
 */
public record SetFrameColumnsCommand(int pageNumber, String frameId, int textColumns, Length textGutter)
        implements EditCommand {

    public SetFrameColumnsCommand {
        Objects.requireNonNull(frameId, "frameId");
        Objects.requireNonNull(textGutter, "textGutter");
        if (textColumns < 0) {
            throw new IllegalArgumentException("textColumns must not be negative, got " + textColumns);
        }
        if (textGutter.isNegative()) {
            throw new IllegalArgumentException("a gutter must not be negative, got " + textGutter);
        }
    }

    @Override
    public String name() {
        return "Set text columns";
    }

    @Override
    public Issue apply(Issue issue) {
        Page page = PageEdits.page(issue, pageNumber);
        Frame frame = PageEdits.frame(page, frameId);
        return issue.withPage(page.withFrame(frame.withTextColumns(textColumns, textGutter)));
    }
}
