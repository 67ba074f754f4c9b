package dev.broadsheet.ui;

import atlantafx.base.theme.PrimerLight;
import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.fonts.FontProvider;
import dev.broadsheet.store.IssueStore;
import dev.broadsheet.store.PreferencesStore;
import dev.broadsheet.trace.StartupTrace;
import dev.broadsheet.typeset.IssueComposer;
import dev.broadsheet.importer.ImportResult;
import dev.broadsheet.importer.TextImporter;
import dev.broadsheet.model.User;
import dev.broadsheet.ui.files.IssueImporter;
import dev.broadsheet.ui.files.StoreIssueLocks;
import dev.broadsheet.ui.files.PreferencesRecentIssues;
import dev.broadsheet.ui.files.SampleWorkingCopy;
import dev.broadsheet.ui.files.StoreIssueRepository;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.animation.AnimationTimer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The workstation's JavaFX application: reads the command line (an issue folder, or none for the bundled
 * sample issue), sets the AtlantaFX theme, the bundled interface font and the interface language, and
 * opens the main window. {@code -Dbroadsheet.startupTrace=true} prints when each start-up step is reached.
 */
public final class WorkstationApp extends Application {

    /**
     * Pulses (about 200 ms) the "Starting…" pane has before the workstation is built. The first frame of a new
     * window is presented a few hundred milliseconds after its first pulse (software pipeline, busy machine),
     * and building blocks the FX thread, through which GTK presents it: 3 pulses left the window blank until
     * the workstation was done, 12 showed the text in every screenshot (Xvfb, load 3–10).
     */
    private static final int FRAMES_BEFORE_BUILDING = 12;

    public static void launchWith(String[] args) {
        Application.launch(WorkstationApp.class, args);
    }

    /**
     * The person at this workstation (what locks and print overrides record): the profile in the user's
     * preferences, which is the OS account's name as a layout editor until they set one.
     */
    static User currentUser(PreferencesStore preferences) {
        return preferences.loadOrDefaults().profile().toUser();
    }

    /**
     * Shows the window at once with a light "Starting…" pane, then builds the workstation into it after that
     * pane's first frame (issue 8: the window should appear within 2 s; building the full window — its
     * controls, their skins and CSS — is most of a cold start; it blocks the FX thread, so the pane shows no
     * moving progress, only its text). The fonts are parsed on a background thread
     * meanwhile, and the issue opens in the background as before, with the status bar's progress showing.
     */
    @Override
    public void start(Stage stage) {
        StartupTrace.mark("workstation: start");
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> StartupTrace.mark("workstation: window shown"));
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw(), System.getProperty(LaunchOptions.LOCALE_PROPERTY));
        Messages messages = new Messages(options.locale());
        // The chosen interface language is the JVM's for this process: the page canvas's own texts (overset and
        // underset notes) and JavaFX's dialog buttons (确定/取消) follow the default locale, not our bundle.
        java.util.Locale.setDefault(messages.interfaceLocale());
        BundledFonts fonts = BundledFonts.shared().loadInBackground(1);

        // A Text, not a Label: no control, so no stylesheet to parse before the window can show. In the bundled
        // interface face: a machine may have no system font at all (the text then draws nothing).
        UiFonts uiFonts = UiFonts.register(fonts);
        Text starting = new Text(messages.get("startup.starting"));
        starting.setFont(Font.font(uiFonts.family(), 16));
        StackPane pane = new StackPane(starting);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene startingScene = new Scene(pane, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        stage.setTitle(messages.get("app.name"));
        stage.setScene(startingScene);
        // Build only once the pane is on screen (see FRAMES_BEFORE_BUILDING).
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == FRAMES_BEFORE_BUILDING) {
                    stop();
                    buildWorkstation(stage, options, messages, fonts, uiFonts);
                }
            }
        }.start();
        stage.show();
    }

    private void buildWorkstation(Stage stage, LaunchOptions options, Messages messages, FontProvider fonts, UiFonts uiFonts) {
        StartupTrace.mark("workstation: building");
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        IssueComposer composer = new IssueComposer(fonts);
        PreferencesStore preferences = PreferencesStore.forCurrentUser();
        User user = currentUser(preferences);
        Workstation.Services services = new Workstation.Services(messages, fonts, composer::compose,
                new StoreIssueRepository(new IssueStore(), new StoreIssueLocks(user)),
                file -> {
                    ImportResult result = TextImporter.importFile(file, null);
                    return new IssueImporter.ImportResult(result.issue(), result.report().toText());
                },
                PreferencesRecentIssues.migratingFrom(preferences,
                        Path.of(System.getProperty("user.home"), ".broadsheet", "recent-issues.txt")),
                null, true).withUser(user, null);
        Workstation workstation = new Workstation(stage, services);
        workstation.scene().getRoot().setStyle(uiFonts.rootStyle());
        workstation.scene().getStylesheets().add(WorkstationApp.class.getResource("workstation.css").toExternalForm());
        if (StartupTrace.enabled()) {
            workstation.scene().addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    workstation.scene().removePostLayoutPulseListener(this);
                    StartupTrace.mark("workstation: ready (first frame of the full window)");
                }
            });
            workstation.document().backendProperty().addListener((obs, was, now) ->
                    StartupTrace.mark("workstation: issue open"));
        }
        StartupTrace.mark("workstation: built");

        try {
            Path folder = options.issueFolder().isPresent() ? options.issueFolder().get()
                    : SampleWorkingCopy.prepare(SampleWorkingCopy.defaultFolder());
            workstation.files().open(folder);
            if (dev.broadsheet.ui.proof.ProofModeWindow.requested(getParameters().getRaw())) {
                dev.broadsheet.ui.proof.ProofModeWindow.openBeside(stage, workstation.document(), folder,
                        dev.broadsheet.ui.proof.ProofModeWindow.userFrom(getParameters().getRaw()),
                        messages, fonts, composer::compose);
            }
        } catch (java.io.IOException | RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, String.valueOf(e.getMessage()));
            alert.initOwner(stage);
            alert.show();
            workstation.files().newIssue();
        }
    }
}
