package dev.broadsheet.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The workstation's JavaFX application. */
public final class WorkstationApp extends Application {

    public static void launchWith(String[] args) {
        Application.launch(WorkstationApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Broadsheet");
        stage.setScene(new Scene(new Label("Broadsheet"), 800, 600));
        stage.show();
    }
}
