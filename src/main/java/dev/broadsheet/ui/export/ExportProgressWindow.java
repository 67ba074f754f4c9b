package dev.broadsheet.ui.export;

import dev.broadsheet.ui.Messages;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * A small non-modal window with the export's progress bar ("page i of n") and a Cancel button. It appears
 * only when an export is still running after a moment, and closes when the export ends; the editor behind it
 * stays usable throughout.
 */
public final class ExportProgressWindow {
    /** How long an export may run before its progress is shown. */
    static final Duration SHOW_AFTER = Duration.millis(400);

    private final Stage stage = new Stage(StageStyle.UTILITY);
    private final PauseTransition delay = new PauseTransition(SHOW_AFTER);

    public ExportProgressWindow(ExportViewModel vm, Messages m, Window owner) {
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(m.plain("export.progress.title"));
        stage.setResizable(false);
        ProgressBar bar = new ProgressBar();
        bar.setId("exportProgressBar");
        bar.setPrefWidth(280);
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> vm.stepsTotalProperty().get() == 0 ? -1
                : (double) vm.stepsDoneProperty().get() / vm.stepsTotalProperty().get(),
                vm.stepsDoneProperty(), vm.stepsTotalProperty()));
        Label text = new Label();
        text.setId("exportProgressText");
        text.textProperty().bind(Bindings.createStringBinding(() -> vm.stepsTotalProperty().get() == 0
                ? m.get("export.progress.starting")
                : m.format("export.progress.step", vm.stepsDoneProperty().get(), vm.stepsTotalProperty().get(),
                        vm.stepProperty().get()), vm.stepsDoneProperty(), vm.stepsTotalProperty(), vm.stepProperty()));
        Button cancel = new Button(m.get("export.cancel"));
        cancel.setId("exportCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            vm.cancel();
            cancel.setDisable(true);
        });
        HBox row = new HBox(8, bar, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, text, row);
        box.setPadding(new Insets(10));
        stage.setScene(new Scene(box));
        delay.setOnFinished(e -> {
            if (vm.isRunning()) {
                stage.show();
            }
        });
        vm.runningProperty().addListener((o, was, now) -> {
            if (now) {
                cancel.setDisable(false);
                delay.playFromStart();
            } else {
                delay.stop();
                stage.hide();
            }
        });
    }

    public Stage stage() {
        return stage;
    }
}
