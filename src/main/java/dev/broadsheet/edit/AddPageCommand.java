package dev.broadsheet.edit;

import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.PagePreset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Adds a page at a position of the issue's page order. Page numbers are the desk's 版次 and are not
 * renumbered: the new page brings its own, which no other page may have.
 *
 * @param index where the page goes in the page order (0 = first; the page count = last)
 */
public record AddPageCommand(Page page, int index) implements EditCommand {

    public AddPageCommand {
        Objects.requireNonNull(page, "page");
    }

    /** A blank page of a preset after the last page, numbered one higher than the highest number. */
    public static AddPageCommand blankAtEnd(Issue issue, PagePreset preset) {
        int number = issue.pages().stream().mapToInt(Page::number).max().orElse(0) + 1;
        Page blank = Page.blank(number, preset);
        if (!issue.pages().isEmpty()) {
            // A new page of an issue takes the grid and header of the page before it: the paper's settings.
            Page last = issue.pages().get(issue.pages().size() - 1);
            if (last.size().preset() == preset) {
                blank = blank.withGrid(last.grid()).withSize(last.size());
            }
        }
        return new AddPageCommand(blank, issue.pages().size());
    }

    @Override
    public String name() {
        return "Add page";
    }

    @Override
    public Issue apply(Issue issue) {
        if (issue.page(page.number()).isPresent()) {
            throw new IllegalArgumentException("the issue already has a page " + page.number());
        }
        if (index < 0 || index > issue.pages().size()) {
            throw new IllegalArgumentException("no place " + index + " among " + issue.pages().size() + " pages");
        }
        List<Page> pages = new ArrayList<>(issue.pages());
        pages.add(index, page);
        return issue.withPages(pages);
    }
}
