package dev.broadsheet.ui.reviews;

import dev.broadsheet.model.Anchor;
import dev.broadsheet.model.Issue;
import dev.broadsheet.review.AnchoredMark;
import dev.broadsheet.review.MarkListing;
import dev.broadsheet.review.ReviewSet;
import dev.broadsheet.ui.Messages;
import dev.broadsheet.ui.document.DocumentViewModel;
import dev.broadsheet.ui.document.WorkspaceSelection;
import java.util.List;
import java.util.Set;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * The marks of every review (并样) beside the story list, placed on the issue as it is now: re-anchored where
 * the text moved, flagged where it was rewritten, open ones first. Picking one shows its story or its frame.
 * Read-only: deciding on marks is proof mode's (ui.proof).
 */
public final class MarksPanel extends ListView<AnchoredMark> {

    /** Who and what in bold, then where and the words, wrapped to the panel's width (the panel is narrow). */
    private static final class MarkCell extends ListCell<AnchoredMark> {
        private final Label what = new Label();
        private final Label where = new Label();
        private final javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(2, what, where);

        MarkCell(javafx.beans.value.ObservableDoubleValue listWidth) {
            what.getStyleClass().add("mark-what");
            where.setWrapText(true);
            where.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(80, listWidth.get() - 36), listWidth));
            where.setMinHeight(javafx.scene.control.Control.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(AnchoredMark item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("mark-closed", "mark-attention");
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            String[] lines = twoLines(item).split("\n", 2);
            what.setText(lines[0]);
            where.setText(lines.length > 1 ? lines[1] : "");
            if (!item.mark().state().isOpen()) {
                getStyleClass().add("mark-closed");
            } else if (item.needsAttention()) {
                getStyleClass().add("mark-attention");
            }
            setGraphic(box);
        }
    }

    /**
     * "改正 · 待处理 · 李校对" over "story s1 §0 ¶1 [5,8) “膜生物” → “膜生物学”  请核对": what and who first, then where
     * and the words; the panel is narrow, so {@link MarkListing#line}'s one line would not show the words.
     */
    static String twoLines(AnchoredMark placed) {
        var mark = placed.mark();
        StringBuilder b = new StringBuilder(mark.kind().label()).append(" · ").append(mark.state().label()).append(" · ")
                .append(mark.author());
        if (!mark.replies().isEmpty()) {
            b.append(" · ").append(mark.replies().size()).append(" ↩");
        }
        String full = MarkListing.line(placed);
        String where = mark.anchor().describe();
        int at = full.indexOf(where);
        return b.append('\n').append(at >= 0 ? full.substring(at) : where).toString();
    }

    public MarksPanel(ObservableValue<ReviewSet> reviews, DocumentViewModel document, WorkspaceSelection selection,
                      Messages m) {
        ObservableList<AnchoredMark> rows = FXCollections.observableArrayList();
        setItems(rows);
        setId("marksPanel");
        setPlaceholder(new Label(m.get("marks.none")));
        Runnable refresh = () -> {
            List<AnchoredMark> next = PlacedMarks.openFirst(reviews.getValue(), document.issue());
            if (!next.equals(rows)) {
                rows.setAll(next);
            }
        };
        reviews.addListener(o -> refresh.run());
        document.issueProperty().addListener(o -> refresh.run());
        refresh.run();
        setCellFactory(l -> new MarkCell(widthProperty()));
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now == null) {
                return;
            }
            Anchor anchor = now.mark().anchor();
            if (anchor instanceof Anchor.TextAnchor text) {
                selection.storyIdProperty().set(text.storyId());
                Issue issue = document.issue();
                if (issue != null) {
                    issue.threadOf(text.storyId()).stream().findFirst()
                            .ifPresent(pf -> selection.pageNumberProperty().set(pf.pageNumber()));
                }
            } else if (anchor instanceof Anchor.FrameAnchor frame) {
                selection.pageNumberProperty().set(frame.page());
                selection.selectFrames(Set.of(frame.frameId()));
            } else if (anchor instanceof Anchor.PointAnchor point) {
                selection.pageNumberProperty().set(point.page());
            }
        });
    }
}
