package dev.broadsheet.edit;

import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.PageHeader;
import java.util.Objects;

/** Replaces a page's header (报眉: date, issue number, page number and name, 责任编辑/美编/校对). */
public record EditPageHeaderCommand(int pageNumber, PageHeader header) implements EditCommand {

    public EditPageHeaderCommand {
        Objects.requireNonNull(header, "header");
    }

    @Override
    public String name() {
        return "Edit page header";
    }

    @Override
    public Issue apply(Issue issue) {
        Page page = PageEdits.page(issue, pageNumber);
        return issue.withPage(page.withHeader(header));
    }
}
