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
        setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AnchoredMark item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("mark-closed", "mark-attention");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText(MarkListing.line(item));
                if (!item.mark().state().isOpen()) {
                    getStyleClass().add("mark-closed");
                } else if (item.needsAttention()) {
                    getStyleClass().add("mark-attention");
                }
            }
        });
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
