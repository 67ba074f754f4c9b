package dev.broadsheet.ui.proof;

import dev.broadsheet.edit.DocumentSession;
import dev.broadsheet.fonts.FontProvider;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Role;
import dev.broadsheet.model.User;
import dev.broadsheet.typeset.LaidOutIssue;
import dev.broadsheet.ui.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import dev.broadsheet.ui.document.DocumentViewModel;
import dev.broadsheet.ui.document.SessionBackend;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens proof mode in a window of its own beside the workstation ({@code --proof} on the command line, with
 * {@code --role=PROOFREADER|LAYOUT_EDITOR|DUTY_EDITOR} and {@code --user=NAME} to say who is proofing).
 */
public final class ProofModeWindow {

    private ProofModeWindow() {
    }

    /** Whether the command line asks for proof mode. */
    public static boolean requested(List<String> args) {
        return args.contains("--proof");
    }

    /** The person proofing, from {@code --user=} and {@code --role=} (default: the OS account, as a 校对). */
    public static User userFrom(List<String> args) {
        String name = option(args, "--user=", System.getProperty("user.name", "proofreader"));
        Role role = Role.valueOf(option(args, "--role=", Role.PROOFREADER.name()).toUpperCase(Locale.ROOT));
        return new User(name.isBlank() ? "proofreader" : name, role);
    }

    private static String option(List<String> args, String prefix, String otherwise) {
        return args.stream().filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length())).findFirst().orElse(otherwise);
    }

    public static Stage open(Window owner, Path issueDir, User user, Messages messages, FontProvider fonts,
                             Function<Issue, LaidOutIssue> composer) throws IOException {
        return open(owner, null, issueDir, user, messages, fonts, composer);
    }

    /**
     * Opens proof mode beside the workstation once the workstation has {@code folder} open (it opens folders in
     * the background), on the workstation's own session: see {@link ProofModeViewModel#beside}.
     */
    public static void openBeside(Window owner, DocumentViewModel document, Path folder, User user, Messages messages,
                                  FontProvider fonts, Function<Issue, LaidOutIssue> composer) {
        Path wanted = folder.toAbsolutePath().normalize();
        Runnable openNow = () -> {
            DocumentSession shared = document.backendProperty().get() instanceof SessionBackend b ? b.session() : null;
            try {
                open(owner, shared, folder, user, messages, fonts, composer);
            } catch (IOException | RuntimeException e) {
                Alert alert = new Alert(Alert.AlertType.ERROR, folder + ": " + e.getMessage());
                alert.initOwner(owner);
                alert.show();
            }
        };
        if (document.folder() != null && document.folder().toAbsolutePath().normalize().equals(wanted)) {
            openNow.run();
            return;
        }
        document.folderProperty().addListener(new ChangeListener<Path>() {
            @Override
            public void changed(ObservableValue<? extends Path> o, Path was, Path now) {
                if (now != null && now.toAbsolutePath().normalize().equals(wanted)) {
                    document.folderProperty().removeListener(this);
                    openNow.run();
                }
            }
        });
    }

    /**
     * Opens proof mode on the issue the workstation has open, sharing its session (see
     * {@link ProofModeViewModel#beside}); with a null session, on the folder alone.
     */
    public static Stage open(Window owner, DocumentSession workstationSession, Path issueDir, User user, Messages messages,
                             FontProvider fonts, Function<Issue, LaidOutIssue> composer) throws IOException {
        ProofModeViewModel vm = workstationSession == null ? ProofModeViewModel.openFolder(issueDir, user, Clock.systemUTC())
                : ProofModeViewModel.beside(workstationSession, issueDir, user, Clock.systemUTC());
        ProofModeView view = new ProofModeView(vm, messages, fonts, composer);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(messages.format("proof.title", issueDir.getFileName(), user.name() + " · " + user.role().label()));
        Scene scene = new Scene((javafx.scene.Parent) view.node(), 1280, 860);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            scene.getRoot().setStyle(owner.getScene().getRoot().getStyle());
        }
        stage.setScene(scene);
        AutoCloseable watcher = view.watchReviews();
        stage.setOnHidden(e -> {
            try {
                watcher.close();
            } catch (Exception ignored) {
                // the watcher thread is a daemon; nothing is lost if closing it fails
            }
        });
        stage.show();
        return stage;
    }
}
