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
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * The workstation's JavaFX application: reads the command line (an issue folder, or none for the bundled
 * sample issue), sets the AtlantaFX theme, the bundled interface font and the interface language, and
 * opens the main window.
 */
public final class WorkstationApp extends Application {

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

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("workstation: start");
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> StartupTrace.mark("workstation: window shown"));
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw(), System.getProperty(LaunchOptions.LOCALE_PROPERTY));
        Messages messages = new Messages(options.locale());
        FontProvider fonts = BundledFonts.shared();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        StartupTrace.mark("workstation: fonts + theme");
        UiFonts uiFonts = UiFonts.register(fonts);
        StartupTrace.mark("workstation: ui fonts");

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
        StartupTrace.mark("workstation: built");
        stage.show();
        StartupTrace.mark("workstation: show() returned");

        try {
            Path folder = options.issueFolder().isPresent() ? options.issueFolder().get()
                    : SampleWorkingCopy.prepare(SampleWorkingCopy.defaultFolder());
            workstation.files().open(folder);
            if (dev.broadsheet.ui.proof.ProofModeWindow.requested(getParameters().getRaw())) {
                dev.broadsheet.ui.proof.ProofModeWindow.open(stage, folder, dev.broadsheet.ui.proof.ProofModeWindow.userFrom(getParameters().getRaw()),
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
