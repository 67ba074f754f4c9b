package dev.broadsheet.ui.files;

import dev.broadsheet.ui.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** The file workflow's questions as JavaFX dialogs owned by the main window. */
public final class FxUserPrompts implements UserPrompts {
    private final Messages m;
    private final Window owner;

    public FxUserPrompts(Messages messages, Window owner) {
        this.m = messages;
        this.owner = owner;
    }

    @Override
    public SaveChoice askToSaveChanges(String issueName) {
        ButtonType save = new ButtonType(m.get("dialog.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(m.get("dialog.unsaved.discard"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(m.get("dialog.unsaved.title"));
        alert.setHeaderText(m.format("dialog.unsaved.header", issueName));
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? SaveChoice.SAVE : answer == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public boolean offerRecovery(String issueName) {
        ButtonType recover = new ButtonType(m.get("dialog.recover.recover"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(m.get("dialog.recover.discard"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, m.format("dialog.recover.content", issueName), recover, discard);
        alert.initOwner(owner);
        alert.setTitle(m.get("dialog.recover.title"));
        alert.setHeaderText(m.get("dialog.recover.header"));
        return alert.showAndWait().orElse(discard) == recover;
    }

    @Override
    public void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(m.get("dialog.error.title"));
        alert.setHeaderText(null);
        alert.show(); // not showAndWait: one failure never blocks the next event (no dialog loops)
    }

    @Override
    public void showReport(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(m.get("dialog.import.report"));
        alert.setHeaderText(title);
        TextArea area = new TextArea(text);
        area.setId("importReport");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(18);
        alert.getDialogPane().setContent(area);
        alert.setResizable(true);
        alert.show();
    }
}
