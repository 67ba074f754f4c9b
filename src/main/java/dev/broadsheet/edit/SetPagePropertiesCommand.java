package dev.broadsheet.edit;

import dev.broadsheet.model.Frame;
import dev.broadsheet.model.Grid;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.PageSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Sets a page's number (版次), name (版名), size and grid. Frames are kept inside a grid with fewer columns
 * or a smaller type area.
 */
public record SetPagePropertiesCommand(int pageNumber, int newNumber, String sectionName, PageSize size, Grid grid)
        implements EditCommand {

    public SetPagePropertiesCommand {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(grid, "grid");
        sectionName = sectionName == null ? "" : sectionName;
        if (newNumber < 1) {
            throw new IllegalArgumentException("page numbers start at 1, got " + newNumber);
        }
    }

    @Override
    public String name() {
        return "Page properties";
    }

    @Override
    public Issue apply(Issue issue) {
        Page page = PageEdits.page(issue, pageNumber);
        if (newNumber != pageNumber && issue.page(newNumber).isPresent()) {
            throw new IllegalArgumentException("the issue already has a page " + newNumber);
        }
        if (grid.typeAreaWidthPt(size) <= 0 || grid.typeAreaHeightPt(size) <= 0 || grid.columnWidthPt(size) <= 0) {
            throw new IllegalArgumentException("the margins and gutters leave no type area on a page of " + size.width() + " × " + size.height());
        }
        Page changed = page.withSize(size).withGrid(grid).withSectionName(sectionName);
        List<Frame> frames = new ArrayList<>();
        for (Frame f : changed.frames()) {
            frames.add(PageEdits.clampToGrid(changed, f));
        }
        changed = changed.withFrames(frames).withNumber(newNumber);
        List<Page> pages = new ArrayList<>(issue.pages());
        pages.set(pages.indexOf(page), changed);
        return issue.withPages(pages);
    }
}
