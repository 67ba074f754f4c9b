package dev.broadsheet.edit;

import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves a page to another place in the page order. The page numbers stay with the places: after the move the
 * pages are numbered with the same numbers in the same order, so moving page 3 before page 1 makes it page 1
 * (a 版次 says where a page is in the paper). The header's page label follows when it was the page's number.
 */
public record MovePageCommand(int pageNumber, int newIndex) implements EditCommand {

    @Override
    public String name() {
        return "Move page";
    }

    @Override
    public Issue apply(Issue issue) {
        Page moving = PageEdits.page(issue, pageNumber);
        if (newIndex < 0 || newIndex >= issue.pages().size()) {
            throw new IllegalArgumentException("no place " + newIndex + " among " + issue.pages().size() + " pages");
        }
        List<Integer> numbers = issue.pages().stream().map(Page::number).toList();
        List<Page> order = new ArrayList<>(issue.pages());
        order.remove(moving);
        order.add(newIndex, moving);
        List<Page> renumbered = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Page p = order.get(i);
            int number = numbers.get(i);
            Page q = p.withNumber(number);
            if (p.header().pageLabel().equals(String.valueOf(p.number()))) {
                var h = p.header();
                q = q.withHeader(new dev.broadsheet.model.PageHeader(h.date(), h.issueNumber(), String.valueOf(number),
                        h.pageName(), h.editor(), h.designer(), h.proofreader()));
            }
            renumbered.add(q);
        }
        return issue.withPages(renumbered);
    }
}
