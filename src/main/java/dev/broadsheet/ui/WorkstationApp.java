package dev.broadsheet.ui;

import atlantafx.base.theme.PrimerLight;
import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.fonts.FontProvider;
import dev.broadsheet.store.IssueStore;
import dev.broadsheet.typeset.IssueComposer;
import dev.broadsheet.importer.ImportResult;
import dev.broadsheet.importer.TextImporter;
import dev.broadsheet.model.Role;
import dev.broadsheet.model.User;
import dev.broadsheet.ui.files.IssueImporter;
import dev.broadsheet.ui.files.StoreIssueLocks;
import dev.broadsheet.ui.files.RecentIssuesFile;
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

    /** The person at this workstation: the OS account's name, as a layout editor (what locks record). */
    static User currentUser() {
        String name = System.getProperty("user.name", "");
        return new User(name.isBlank() ? "editor" : name, Role.LAYOUT_EDITOR);
    }

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw(), System.getProperty(LaunchOptions.LOCALE_PROPERTY));
        Messages messages = new Messages(options.locale());
        FontProvider fonts = BundledFonts.shared();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        UiFonts uiFonts = UiFonts.register(fonts);

        IssueComposer composer = new IssueComposer(fonts);
        Workstation.Services services = new Workstation.Services(messages, fonts, composer::compose,
                new StoreIssueRepository(new IssueStore(), new StoreIssueLocks(currentUser())),
                file -> {
                    ImportResult result = TextImporter.importFile(file, null);
                    return new IssueImporter.ImportResult(result.issue(), result.report().toText());
                },
                new RecentIssuesFile(Path.of(System.getProperty("user.home"), ".broadsheet", "recent-issues.txt")),
                null, true);
        Workstation workstation = new Workstation(stage, services);
        workstation.scene().getRoot().setStyle(uiFonts.rootStyle());
        workstation.scene().getStylesheets().add(WorkstationApp.class.getResource("workstation.css").toExternalForm());
        stage.show();

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
