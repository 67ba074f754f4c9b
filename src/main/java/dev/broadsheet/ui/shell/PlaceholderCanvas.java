package dev.broadsheet.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** A centre for the window when no page canvas is available (view-model tests of the shell). */
public final class PlaceholderCanvas implements CanvasSlot {
    private final StackPane node;
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1);
    private final BooleanProperty grid = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public PlaceholderCanvas(String text) {
        node = new StackPane(new Label(text));
        node.setId("canvasPlaceholder");
        node.getStyleClass().add("canvas-placeholder");
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void fitPage() {
        zoom.set(1);
    }

    @Override
    public void fitWidth() {
        zoom.set(1);
    }

    @Override
    public void zoomTo(double factor) {
        zoom.set(factor);
    }

    @Override
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    @Override
    public BooleanProperty showBaselineGridProperty() {
        return grid;
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
