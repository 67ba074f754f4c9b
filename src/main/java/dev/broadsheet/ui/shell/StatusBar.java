package dev.broadsheet.ui.shell;

import dev.broadsheet.ui.Messages;
import dev.broadsheet.ui.document.DocumentViewModel;
import dev.broadsheet.ui.document.WorkspaceSelection;
import dev.broadsheet.ui.files.FileWorkflow;
import dev.broadsheet.ui.files.FileWorkflow.AutosaveState;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The status bar: page, zoom, selection, the last notice (a refused edit, an image that could not be read),
 * background work, autosave and the lock holder.
 */
public final class StatusBar extends HBox {

    public StatusBar(Messages m, DocumentViewModel document, WorkspaceSelection selection, FileWorkflow files,
                     CanvasSlot canvas, ReadOnlyStringProperty notice, ReadOnlyBooleanProperty busy,
                     ReadOnlyStringProperty busyMessage) {
        setId("statusBar");
        getStyleClass().add("status-bar");
        setSpacing(10);
        setPadding(new Insets(3, 8, 3, 8));
        setAlignment(Pos.CENTER_LEFT);

        Label page = label("statusPage");
        page.textProperty().bind(Bindings.createStringBinding(() -> {
            int count = document.issue() == null ? 0 : document.issue().pages().size();
            return m.format("status.page", selection.pageNumber(), count);
        }, selection.pageNumberProperty(), document.issueProperty()));

        Label zoom = label("statusZoom");
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> m.format("status.zoom", Math.round(canvas.zoomProperty().get() * 100)), canvas.zoomProperty()));

        Label selected = label("statusSelection");
        selected.textProperty().bind(Bindings.createStringBinding(() -> selection.frameIds().isEmpty()
                ? m.get("status.selection.none") : m.format("status.selection.some", selection.frameIds().size()),
                selection.frameIdsProperty()));

        Label message = label("statusMessage");
        message.textProperty().bind(notice);
        message.getStyleClass().add("status-message");

        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("statusProgress");
        progress.setPrefSize(14, 14);
        progress.visibleProperty().bind(busy);
        Label work = label("statusWork");
        work.textProperty().bind(busyMessage);

        Label lock = label("statusLock");
        lock.setGraphic(new FontIcon("mdi2l-lock-outline"));
        lock.textProperty().bind(Bindings.createStringBinding(() -> m.format("status.readOnly", document.lockHolderProperty().get()),
                document.lockHolderProperty()));
        lock.visibleProperty().bind(document.readOnlyProperty());
        lock.managedProperty().bind(lock.visibleProperty());
        lock.getStyleClass().add("status-locked");

        Label autosave = label("statusAutosave");
        FontIcon autosaveIcon = new FontIcon("mdi2c-content-save-outline");
        autosave.setGraphic(autosaveIcon);
        autosave.textProperty().bind(Bindings.createStringBinding(() -> {
            AutosaveState state = files.autosaveStateProperty().get();
            if (state == AutosaveState.SAVING) {
                return m.get("status.autosaving");
            }
            if (document.isDirty() && state == AutosaveState.FAILED) {
                return m.get("status.unsaved") + " · " + m.get("status.autosaveFailed");
            }
            if (document.isDirty()) {
                return state == AutosaveState.SAVED
                        ? m.get("status.unsaved") + " · " + m.format("status.autosaved", files.autosaveTimeProperty().get())
                        : m.get("status.unsaved");
            }
            return m.get("status.saved");
        }, files.autosaveStateProperty(), files.autosaveTimeProperty(), document.dirtyProperty()));

        javafx.scene.control.Tooltip autosaveTip = new javafx.scene.control.Tooltip();
        autosaveTip.textProperty().bind(files.autosaveProblemProperty());
        files.autosaveProblemProperty().addListener((o, was, now) -> autosave.setTooltip(now.isEmpty() ? null : autosaveTip));
        files.autosaveStateProperty().addListener((o, was, now) -> autosaveIcon.setIconLiteral(
                now == AutosaveState.FAILED ? "mdi2c-content-save-alert-outline" : "mdi2c-content-save-outline"));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(page, new Separator(javafx.geometry.Orientation.VERTICAL), zoom,
                new Separator(javafx.geometry.Orientation.VERTICAL), selected, message, spacer, progress, work, lock, autosave);
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        return l;
    }
}
