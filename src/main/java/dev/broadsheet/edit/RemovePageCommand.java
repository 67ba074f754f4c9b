package dev.broadsheet.edit;

import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import java.util.List;

/** Removes a page with its frames; its stories and photos stay in the issue, unplaced (or on other pages). */
public record RemovePageCommand(int pageNumber) implements EditCommand {

    @Override
    public String name() {
        return "Remove page";
    }

    @Override
    public Issue apply(Issue issue) {
        PageEdits.page(issue, pageNumber);
        List<Page> pages = issue.pages().stream().filter(p -> p.number() != pageNumber).toList();
        return issue.withPages(pages);
    }
}
