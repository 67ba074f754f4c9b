package dev.broadsheet.ui.shell;

import dev.broadsheet.ui.canvas.PageCanvas;
import dev.broadsheet.ui.canvas.ZoomMode;
import dev.broadsheet.ui.document.DocumentViewModel;
import dev.broadsheet.ui.document.SessionBackend;
import dev.broadsheet.ui.document.WorkspaceSelection;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;

/**
 * The page canvas in the window's centre, kept in step with the workspace: it shows the open issue's session,
 * the selected page and the selected frames, and the issue folder (for images).
 */
public final class PageCanvasSlot implements CanvasSlot {
    private final PageCanvas canvas;
    private final ReadOnlyDoubleWrapper zoomPercentBase = new ReadOnlyDoubleWrapper(this, "zoom", 1);

    public PageCanvasSlot(PageCanvas canvas, DocumentViewModel document, WorkspaceSelection selection) {
        this.canvas = canvas;
        document.backendProperty().addListener((obs, was, now) ->
                canvas.setSession(now instanceof SessionBackend s ? s.session() : null));
        if (document.backendProperty().get() instanceof SessionBackend s) {
            canvas.setSession(s.session());
        }
        canvas.issueFolderProperty().bind(document.folderProperty());
        canvas.pageNumberProperty().bindBidirectional(selection.pageNumberProperty());
        canvas.selectedFrameIdsProperty().bindBidirectional(selection.frameIdsProperty());
        zoomPercentBase.bind(canvas.zoomProperty());
        guardReadOnly(canvas, document);
    }

    /**
     * An issue another editor holds is looked at, not changed: while it is read-only the canvas still selects,
     * scrolls and zooms, but the gestures that edit — dragging frames and handles, drops, arrow keys, Delete —
     * are stopped before they reach it.
     */
    private static void guardReadOnly(PageCanvas canvas, DocumentViewModel document) {
        javafx.event.EventHandler<javafx.event.Event> stop = e -> {
            if (document.isReadOnly()) {
                e.consume();
            }
        };
        canvas.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, stop);
        canvas.addEventFilter(javafx.scene.input.DragEvent.DRAG_OVER, stop);
        canvas.addEventFilter(javafx.scene.input.DragEvent.DRAG_DROPPED, stop);
        canvas.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (document.isReadOnly() && (e.getCode().isArrowKey() || e.getCode() == javafx.scene.input.KeyCode.DELETE
                    || e.getCode() == javafx.scene.input.KeyCode.BACK_SPACE)) {
                e.consume();
            }
        });
    }

    public PageCanvas canvas() {
        return canvas;
    }

    @Override
    public Node node() {
        return canvas;
    }

    @Override
    public void fitPage() {
        canvas.fitPage();
    }

    @Override
    public void fitWidth() {
        canvas.fitWidth();
    }

    @Override
    public void zoomTo(double factor) {
        canvas.setZoomMode(ZoomMode.FIXED);
        canvas.setZoom(factor);
    }

    @Override
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoomPercentBase.getReadOnlyProperty();
    }

    @Override
    public BooleanProperty showBaselineGridProperty() {
        return canvas.showBaselineGridProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return canvas.messageProperty();
    }
}
