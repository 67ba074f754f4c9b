package dev.broadsheet.ui.pages;

import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.Stage;
import dev.broadsheet.review.ChangesSince;
import dev.broadsheet.review.IssueChanges;
import dev.broadsheet.review.Workflow;
import dev.broadsheet.ui.document.DocumentViewModel;
import dev.broadsheet.ui.document.WorkspaceSelection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The page list beside the story list: one entry per page in issue order. Picking one shows that page on the
 * canvas; when the shown page disappears (removed, renumbered) the selection falls back to the first page.
 */
public final class PageListViewModel {

    /**
     * A page as the list shows it.
     *
     * @param stage               its workflow stage (the thumbnail's badge: 已排, 一校 … 核红, 签发)
     * @param changedAfterSignOff signed off, and changed since the revision that was signed (flagged in red)
     */
    public record PageEntry(int number, String sectionName, int frameCount, Stage stage, boolean changedAfterSignOff) {
        public PageEntry(int number, String sectionName, int frameCount) {
            this(number, sectionName, frameCount, Stage.DRAFT, false);
        }
    }

    private final ObservableList<PageEntry> pages = FXCollections.observableArrayList();
    private final WorkspaceSelection selection;
    private final ObjectProperty<Map<Long, Issue>> signedBases = new SimpleObjectProperty<>(this, "signedBases", Map.of());

    public PageListViewModel(DocumentViewModel document, WorkspaceSelection selection) {
        this.selection = selection;
        document.issueProperty().addListener((obs, was, now) -> refresh(now));
        signedBases.addListener((obs, was, now) -> refresh(document.issue()));
        refresh(document.issue());
    }

    public static List<PageEntry> entriesFor(Issue issue) {
        return entriesFor(issue, Map.of());
    }

    /**
     * The entries, each with its stage, and flagged when it was signed off and has changed since: its text or
     * frames ({@link ChangesSince}, the same comparison as "what changed since proof"), its header (报眉) or setup.
     *
     * @param signedBases the issue as signed, by revision ({@link Workflow#signedRevision}); a page whose snapshot
     *                    is not there is not flagged (nothing to compare with)
     */
    public static List<PageEntry> entriesFor(Issue issue, Map<Long, Issue> signedBases) {
        if (issue == null) {
            return List.of();
        }
        Map<Long, IssueChanges> byRevision = new HashMap<>();
        List<PageEntry> entries = new ArrayList<>();
        for (Page p : issue.pages()) {
            boolean changed = false;
            Optional<Long> signed = Workflow.signedRevision(p);
            if (signed.isPresent() && signedBases.containsKey(signed.get())) {
                Issue base = signedBases.get(signed.get());
                IssueChanges changes = byRevision.computeIfAbsent(signed.get(), r -> ChangesSince.between(base, issue));
                Optional<Page> was = base.page(p.number());
                changed = !changes.onPage(issue, p.number()).isEmpty() || was.isEmpty() || !sameSetup(was.get(), p);
            }
            entries.add(new PageEntry(p.number(), p.sectionName(), p.frames().size(), p.status().stage(), changed));
        }
        return entries;
    }

    private static boolean sameSetup(Page was, Page now) {
        return Objects.equals(was.header(), now.header()) && Objects.equals(was.sectionName(), now.sectionName())
                && Objects.equals(was.size(), now.size()) && Objects.equals(was.grid(), now.grid());
    }

    /** The issue as signed off, by revision (from the review feed, which reads the snapshots off the FX thread). */
    public ObjectProperty<Map<Long, Issue>> signedBasesProperty() {
        return signedBases;
    }

    private void refresh(Issue issue) {
        List<PageEntry> next = entriesFor(issue, signedBases.get());
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
