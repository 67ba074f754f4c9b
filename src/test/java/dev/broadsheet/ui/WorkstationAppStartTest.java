package dev.broadsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.ui.files.SampleWorkingCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The application's own start (issue 8): the window shows a light "Starting…" pane first, and the workstation
 * is then built into the same window and opens the issue it was given — with the fonts parsed in the
 * background meanwhile. Runs {@link WorkstationApp} itself, with the user's home folder moved to a temporary
 * one (the recent-issues list is written there).
 */
class WorkstationAppStartTest {
    @TempDir
    Path home;
    private String userHome;
    private java.util.Locale defaultLocale;
    private Application app;

    @BeforeEach
    void moveHome() {
        userHome = System.getProperty("user.home");
        defaultLocale = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
        System.setProperty("user.home", home.toString());
    }

    @AfterEach
    void restore() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        // The app sets AtlantaFX's theme for the whole toolkit; the other UI tests run on JavaFX's default one.
        FxToolkit.setupFixture(() -> Application.setUserAgentStylesheet(null));
        System.setProperty("user.home", userHome);
        java.util.Locale.setDefault(defaultLocale);
    }

    @Test
    void theWindowShowsAStartingPaneThenTheWorkstationWithTheIssueOpen() throws Exception {
        Path folder = home.resolve("front-page");
        SampleWorkingCopy.prepare(folder);
        Stage stage = FxToolkit.registerPrimaryStage();
        List<Parent> roots = new CopyOnWriteArrayList<>();
        FxToolkit.setupFixture(() -> {
            stage.titleProperty().unbind(); // the primary stage is shared: an earlier test's window may have bound it
            stage.sceneProperty().addListener((obs, was, now) -> {
                if (now != null) {
                    roots.add(now.getRoot());
                }
            });
        });

        app = FxToolkit.setupApplication(WorkstationApp.class, folder.toString(), "--locale=en");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> String.valueOf(stage.getTitle()).equals("front-page — Broadsheet"));
        assertThat(java.util.Locale.getDefault().getLanguage())
                .as("--locale=en is the process's language, for the canvas notes and dialog buttons too").isEqualTo("en");
        assertThat(stage.isShowing()).isTrue();
        assertThat(roots).hasSize(2);
        assertThat(roots.get(0)).isInstanceOf(StackPane.class);
        assertThat(((StackPane) roots.get(0)).getChildren()).singleElement()
                .isInstanceOfSatisfying(Text.class, t -> assertThat(t.getText()).isEqualTo("Starting Broadsheet…"));
        assertThat(roots.get(1).lookup("#page-canvas")).as("the workstation's page canvas").isNotNull();
        // The issue is remembered in the user's preferences once it has opened (written off the FX thread).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () ->
                dev.broadsheet.store.PreferencesStore.forCurrentUser().loadOrDefaults().recentIssuePaths().contains(folder));
    }
}
