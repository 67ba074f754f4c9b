package dev.broadsheet.ui.pages;

import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import dev.broadsheet.ui.document.DocumentViewModel;
import dev.broadsheet.ui.document.WorkspaceSelection;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The page list beside the story list: one entry per page in issue order. Picking one shows that page on the
 * canvas; when the shown page disappears (removed, renumbered) the selection falls back to the first page.
 */
public final class PageListViewModel {

    /** A page as the list shows it. */
    public record PageEntry(int number, String sectionName, int frameCount) {
    }

    private final ObservableList<PageEntry> pages = FXCollections.observableArrayList();
    private final WorkspaceSelection selection;

    public PageListViewModel(DocumentViewModel document, WorkspaceSelection selection) {
        this.selection = selection;
        document.issueProperty().addListener((obs, was, now) -> refresh(now));
        refresh(document.issue());
    }

    public static List<PageEntry> entriesFor(Issue issue) {
        if (issue == null) {
            return List.of();
        }
        return issue.pages().stream().map(p -> new PageEntry(p.number(), p.sectionName(), p.frames().size())).toList();
    }

    private void refresh(Issue issue) {
        List<PageEntry> next = entriesFor(issue);
        if (!next.equals(pages)) {
            pages.setAll(next);
        }
        if (issue != null && !issue.pages().isEmpty() && issue.page(selection.pageNumber()).isEmpty()) {
            selection.pageNumberProperty().set(issue.pages().get(0).number());
        }
    }

    public ObservableList<PageEntry> pages() {
        return pages;
    }

    public void show(int pageNumber) {
        selection.pageNumberProperty().set(pageNumber);
    }

    /** The page after (delta +1) or before (-1) the shown one, if there is one. */
    public void step(int delta, Issue issue) {
        List<Page> all = issue.pages();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).number() == selection.pageNumber()) {
                int j = i + delta;
                if (j >= 0 && j < all.size()) {
                    show(all.get(j).number());
                }
                return;
            }
        }
    }
}
