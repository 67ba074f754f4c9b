package dev.broadsheet.ui.stories;

import dev.broadsheet.model.Anchor;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Mark;
import dev.broadsheet.model.Story;
import dev.broadsheet.typeset.LaidOutIssue;
import dev.broadsheet.typeset.StoryReport;
import dev.broadsheet.ui.document.DocumentViewModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The story list: one {@link StoryRow} per story of the issue, in the issue's order, refreshed after every
 * change so placing a story or fixing its overset shows at once.
 */
public final class StoryListViewModel {
    private final ObservableList<StoryRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedStoryId = new SimpleObjectProperty<>(this, "selectedStoryId");

    private final ObjectProperty<List<Mark>> marks = new SimpleObjectProperty<>(this, "marks", List.of());
    private final javafx.beans.property.StringProperty filter = new javafx.beans.property.SimpleStringProperty(this, "filter", "");
    private final javafx.collections.transformation.FilteredList<StoryRow> shownRows = new javafx.collections.transformation.FilteredList<>(rows);

    public StoryListViewModel(DocumentViewModel document) {
        document.layoutProperty().addListener((obs, was, now) -> refresh(document.issue(), now));
        document.issueProperty().addListener((obs, was, now) -> refresh(now, document.layout()));
        marks.addListener((obs, was, now) -> refresh(document.issue(), document.layout()));
        filter.addListener((obs, was, now) -> shownRows.setPredicate(row -> matches(row, now)));
        refresh(document.issue(), document.layout());
    }

    private void refresh(Issue issue, LaidOutIssue layout) {
        List<StoryRow> next = withOpenMarks(rowsFor(issue, layout), marks.get());
        if (!next.equals(rows)) {
            String selected = selectedStoryId.get();
            rows.setAll(next);
            selectedStoryId.set(selected);
        }
    }

    /** The rows for an issue and its composition (a pure function, for the tests). */
    public static List<StoryRow> rowsFor(Issue issue, LaidOutIssue layout) {
        List<StoryRow> result = new ArrayList<>();
        if (issue == null) {
            return result;
        }
        Map<String, StoryReport> reports = layout == null ? Map.of() : layout.reports();
        for (Story story : issue.stories()) {
            boolean placed = !issue.threadOf(story.id()).isEmpty();
            StoryReport report = reports.get(story.id());
            int overChars = placed && report != null ? report.oversetCharacters() : 0;
            int overLines = placed && report != null ? report.oversetLines() : 0;
            int underLines = placed && report != null ? report.undersetLines() : 0;
            String headline = story.deck().headline() == null ? "" : story.deck().headline();
            result.add(new StoryRow(story.id(), story.slug(), headline, story.status().stage().label(),
                    story.characterCount(), placed, overChars, overLines, underLines));
        }
        return result;
    }

    /** The rows with the count of open marks on each story's text (marks on frames or points count for pages). */
    public static List<StoryRow> withOpenMarks(List<StoryRow> rows, List<Mark> marks) {
        if (marks == null || marks.isEmpty()) {
            return rows;
        }
        Map<String, Integer> open = new HashMap<>();
        for (Mark mark : marks) {
            if (mark.state().isOpen() && mark.anchor() instanceof Anchor.TextAnchor text) {
                open.merge(text.storyId(), 1, Integer::sum);
            }
        }
        return rows.stream().map(r -> new StoryRow(r.storyId(), r.slug(), r.headline(), r.stage(), r.characters(), r.placed(),
                r.oversetCharacters(), r.oversetLines(), r.undersetLines(), open.getOrDefault(r.storyId(), 0))).toList();
    }

    /**
     * Whether a row answers the desk's search: every word of the filter (separated by spaces) is found in the
     * slug, the headline, the story id or the stage ("草稿", "一校"), ignoring case — on a night with forty
     * stories the editor finds one by a word of its headline, or all that still wait for a proof round.
     */
    static boolean matches(StoryRow row, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String haystack = (row.slug() + "\n" + row.headline() + "\n" + row.storyId() + "\n" + row.stage())
                .toLowerCase(java.util.Locale.ROOT);
        for (String word : filter.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The story list's search text; {@link #shownRows()} follows it. */
    public javafx.beans.property.StringProperty filterProperty() {
        return filter;
    }

    /** The rows the list shows: every story, or those that match the filter. */
    public ObservableList<StoryRow> shownRows() {
        return shownRows;
    }

    /** Every proofreader's mark (merged reviews); the workstation binds it to the review feed. */
    public ObjectProperty<List<Mark>> marksProperty() {
        return marks;
    }

    public ObservableList<StoryRow> rows() {
        return rows;
    }

    public ObjectProperty<String> selectedStoryIdProperty() {
        return selectedStoryId;
    }
}
