package dev.broadsheet.ui.stories;

import dev.broadsheet.ui.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The story list: slug, headline, status, 字数, placed or not, and a red {@code +N 字 / +N 行} badge for
 * overset stories. A story is dragged from here onto the page canvas ({@link StoryDrag#FORMAT}).
 */
public final class StoryListView extends ListView<StoryRow> {

    public StoryListView(StoryListViewModel viewModel, Messages messages) {
        super(viewModel.shownRows());
        setId("storyList");
        getStyleClass().add("story-list");
        setCellFactory(list -> new StoryCell(messages));
        getSelectionModel().selectedItemProperty().addListener((obs, was, now) ->
                viewModel.selectedStoryIdProperty().set(now == null ? null : now.storyId()));
        viewModel.selectedStoryIdProperty().addListener((obs, was, now) -> {
            StoryRow selected = getSelectionModel().getSelectedItem();
            if (now == null ? selected != null : selected == null || !now.equals(selected.storyId())) {
                getItems().stream().filter(r -> r.storyId().equals(now)).findFirst()
                        .ifPresentOrElse(r -> getSelectionModel().select(r), () -> getSelectionModel().clearSelection());
            }
        });
    }

    /**
     * The search field above the list (ControlsFX's clearable field: the ✕ empties it), bound to the view
     * model's filter; Escape clears it too.
     */
    public static javafx.scene.control.TextField filterField(StoryListViewModel viewModel, Messages messages) {
        javafx.scene.control.TextField field = org.controlsfx.control.textfield.TextFields.createClearableTextField();
        field.setId("storyFilter");
        field.setPromptText(messages.plain("stories.filter.prompt"));
        field.textProperty().bindBidirectional(viewModel.filterProperty());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                field.clear();
            }
        });
        return field;
    }

    /** One story: two lines of text, a placed marker and the overset badge. */
    static final class StoryCell extends ListCell<StoryRow> {
        private final Messages messages;
        private final Label slug = new Label();
        private final Label headline = new Label();
        private final Label details = new Label();
        private final Label overset = new Label();
        private final Label openMarks = new Label();
        private final FontIcon placedIcon = new FontIcon("mdi2c-check-circle-outline");
        private final HBox box;

        StoryCell(Messages messages) {
            this.messages = messages;
            slug.getStyleClass().add("story-slug");
            headline.getStyleClass().add("story-headline");
            details.getStyleClass().add("story-details");
            overset.getStyleClass().add("overset-badge");
            overset.setId("oversetBadge");
            openMarks.getStyleClass().add("marks-badge");
            openMarks.setId("openMarksBadge");
            openMarks.setGraphic(new FontIcon("mdi2c-comment-alert-outline"));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            VBox text = new VBox(2, new HBox(6, slug, spacer, openMarks, overset), headline, details);
            HBox.setHgrow(text, Priority.ALWAYS);
            box = new HBox(6, placedIcon, text);
            box.setAlignment(Pos.TOP_LEFT);
            // As wide as the list, not as its longest headline: the badges stay in sight and long lines end in "…".
            setPrefWidth(0);
            setOnDragDetected(e -> {
                if (getItem() == null) {
                    return;
                }
                Dragboard board = startDragAndDrop(TransferMode.COPY_OR_MOVE);
                ClipboardContent content = new ClipboardContent();
                content.put(StoryDrag.FORMAT, getItem().storyId());
                content.putString(getItem().slug());
                board.setContent(content);
                e.consume();
            });
        }

        @Override
        protected void updateItem(StoryRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            slug.setText(row.slug().isEmpty() ? row.storyId() : row.slug());
            headline.setText(row.headline());
            details.setText(row.stage() + " · " + messages.format("stories.chars", row.characters()) + " · "
                    + messages.get(row.placed() ? "stories.placed" : "stories.unplaced"));
            overset.setText(row.isOverset() ? messages.format("stories.overset", row.oversetCharacters(), row.oversetLines()) : "");
            overset.setVisible(row.isOverset());
            overset.setManaged(row.isOverset());
            openMarks.setText(row.openMarks() > 0 ? String.valueOf(row.openMarks()) : "");
            openMarks.setTooltip(row.openMarks() > 0 ? new javafx.scene.control.Tooltip(messages.format("stories.openMarks", row.openMarks())) : null);
            openMarks.setVisible(row.openMarks() > 0);
            openMarks.setManaged(row.openMarks() > 0);
            placedIcon.setIconLiteral(row.placed() ? "mdi2c-check-circle-outline" : "mdi2c-circle-outline");
            setGraphic(box);
            setText(null);
        }
    }
}
