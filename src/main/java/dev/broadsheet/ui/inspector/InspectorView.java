package dev.broadsheet.ui.inspector;

import dev.broadsheet.model.ImageFit;
import dev.broadsheet.ui.Messages;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The inspector panel: a section each for the selected frame, its story and its photo, shown only when
 * they apply. A field's edit is sent when the user presses Enter or leaves the field.
 */
public final class InspectorView extends ScrollPane {

    public InspectorView(InspectorViewModel vm, Messages m, Consumer<String> chooseImageForPhoto) {
        setId("inspector");
        setFitToWidth(true);

        Label nothing = new Label(m.get("inspector.nothing"));
        nothing.setWrapText(true);
        nothing.getStyleClass().add("inspector-empty");
        nothing.visibleProperty().bind(vm.frameShownProperty().not().and(vm.storyShownProperty().not()));
        nothing.managedProperty().bind(nothing.visibleProperty());

        GridPane frame = form();
        int r = 0;
        row(frame, r++, m.get("inspector.firstColumn"), spinner("firstColumnField", vm.firstColumnProperty(), 0, 39, vm::applyFrameGeometry));
        row(frame, r++, m.get("inspector.columnSpan"), spinner("columnSpanField", vm.columnSpanProperty(), 1, 40, vm::applyFrameGeometry));
        row(frame, r++, m.get("inspector.top"), field("topField", vm.topProperty(), vm::applyFrameGeometry));
        row(frame, r++, m.get("inspector.depth"), field("depthField", vm.depthProperty(), vm::applyFrameGeometry));
        row(frame, r++, m.get("inspector.textColumns"), spinner("textColumnsField", vm.textColumnsProperty(), 0, 12, vm::applyTextColumns));
        row(frame, r++, m.get("inspector.textGutter"), field("textGutterField", vm.textGutterProperty(), vm::applyTextColumns));
        Label error = new Label();
        error.getStyleClass().add("inspector-error");
        error.textProperty().bind(vm.errorProperty());
        frame.add(error, 0, r, 2, 1);
        TitledPane framePane = section(m.get("inspector.frame"), frame, "mdi2v-vector-square");
        framePane.visibleProperty().bind(vm.frameShownProperty());

        GridPane story = form();
        r = 0;
        row(story, r++, m.get("inspector.kicker"), field("kickerField", vm.kickerProperty(), vm::applyHeadline));
        row(story, r++, m.get("inspector.headline"), field("headlineField", vm.headlineProperty(), vm::applyHeadline));
        row(story, r++, m.get("inspector.subhead"), field("subheadField", vm.subheadProperty(), vm::applyHeadline));
        row(story, r++, m.get("inspector.dateline"), field("datelineField", vm.datelineLabelProperty(), vm::applyDateline));
        row(story, r++, m.get("inspector.reporters"), field("reportersField", vm.reportersProperty(), vm::applyDateline));
        row(story, r++, m.get("inspector.correspondents"), field("correspondentsField", vm.correspondentsProperty(), vm::applyDateline));
        TitledPane storyPane = section(m.get("inspector.story"), story, "mdi2t-text-box-outline");
        storyPane.visibleProperty().bind(vm.storyShownProperty());

        GridPane photo = form();
        r = 0;
        ComboBox<ImageFit> fit = new ComboBox<>();
        fit.setId("fitField");
        fit.getItems().setAll(ImageFit.values());
        fit.setCellFactory(l -> fitCell(m));
        fit.setButtonCell(fitCell(m));
        fit.valueProperty().bindBidirectional(vm.fitProperty());
        fit.setOnAction(e -> vm.applyPhotoFit());
        row(photo, r++, m.get("inspector.fit"), fit);
        row(photo, r++, m.get("inspector.photoTitle"), field("photoTitleField", vm.photoTitleProperty(), vm::applyPhotoTexts));
        row(photo, r++, m.get("inspector.caption"), field("captionField", vm.captionProperty(), vm::applyPhotoTexts));
        row(photo, r++, m.get("inspector.credit"), field("creditField", vm.creditProperty(), vm::applyPhotoTexts));
        Label path = new Label();
        path.setId("imagePathLabel");
        path.textProperty().bind(vm.imagePathProperty());
        Button choose = new Button(m.get("inspector.chooseImage"), new FontIcon("mdi2i-image-plus"));
        choose.setId("chooseImageButton");
        choose.setOnAction(e -> vm.photo().ifPresent(p -> chooseImageForPhoto.accept(p.id())));
        photo.add(path, 0, r++, 2, 1);
        photo.add(choose, 0, r, 2, 1);
        TitledPane photoPane = section(m.get("inspector.photo"), photo, "mdi2i-image-outline");
        photoPane.visibleProperty().bind(vm.photoShownProperty());

        for (TitledPane pane : new TitledPane[] {framePane, storyPane, photoPane}) {
            pane.managedProperty().bind(pane.visibleProperty());
        }
        VBox box = new VBox(8, nothing, framePane, storyPane, photoPane);
        box.setPadding(new Insets(8));
        setContent(box);
    }

    private static ListCell<ImageFit> fitCell(Messages m) {
        return new ListCell<>() {
            @Override
            protected void updateItem(ImageFit item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : m.get("inspector.fit." + item.name()));
            }
        };
    }

    private static TitledPane section(String title, Node content, String icon) {
        TitledPane pane = new TitledPane(title, content);
        pane.setGraphic(new FontIcon(icon));
        pane.setCollapsible(false);
        return pane;
    }

    private static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        return grid;
    }

    private static void row(GridPane grid, int row, String label, Node field) {
        Label l = new Label(label);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(l, 0, row);
        grid.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }

    /** A text field bound to a property that commits with Enter or when it loses focus. */
    static TextField field(String id, StringProperty property, Runnable commit) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        return field;
    }

    private static Spinner<Integer> spinner(String id, IntegerProperty property, int min, int max, Runnable commit) {
        Spinner<Integer> spinner = new Spinner<>(min, max, Math.max(min, property.get()));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        property.addListener((obs, was, now) -> {
            if (!now.equals(spinner.getValue())) {
                spinner.getValueFactory().setValue(Math.max(min, Math.min(max, now.intValue())));
            }
        });
        spinner.valueProperty().addListener((obs, was, now) -> {
            if (now != null && now != property.get()) {
                property.set(now);
                commit.run();
            }
        });
        return spinner;
    }
}
