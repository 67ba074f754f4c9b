package dev.broadsheet.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;

/** What the main window needs of the page canvas in its centre: the node, its zoom and its messages. */
public interface CanvasSlot {

    Node node();

    void fitPage();

    void fitWidth();

    /** Sets a fixed zoom, 1 = the page at its printed size. */
    void zoomTo(double factor);

    ReadOnlyDoubleProperty zoomProperty();

    BooleanProperty showBaselineGridProperty();

    /** The canvas's last message to the user (a refused command, an image that could not be imported). */
    ReadOnlyStringProperty messageProperty();
}
