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
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
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
            try {
                openFollowing(owner, document, user, messages, fonts, composer);
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
     * Opens proof mode beside the workstation on the issue it has open now, sharing its session (see
     * {@link ProofModeViewModel#beside}), and keeps the window on the workstation's issue: when the workstation
     * opens another issue (or reverts, or saves to another folder) the window switches to it, page 1, with that
     * issue's reviews; when the workstation is left with no issue folder (a new, unsaved issue) it closes. A
     * proof window that stayed on the old session would show marks and take workflow steps on an issue the
     * editor no longer sees, and a later save of the workstation would write over them.
     *
     * @throws IllegalStateException when the workstation has no issue folder open
     */
    public static Stage openFollowing(Window owner, DocumentViewModel document, User user, Messages messages,
                                      FontProvider fonts, Function<Issue, LaidOutIssue> composer) throws IOException {
        Following following = new Following(document, user, messages, fonts, composer);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        following.stage = stage;
        following.show(sharedSession(document), document.folder(), owner);
        InvalidationListener follow = o -> following.scheduleFollow();
        document.backendProperty().addListener(follow);
        document.folderProperty().addListener(follow);
        stage.setOnHidden(e -> {
            document.backendProperty().removeListener(follow);
            document.folderProperty().removeListener(follow);
            following.closeContent();
        });
        stage.show();
        return stage;
    }

    /** The session proof mode shares with the workstation, if the workstation has one open. */
    static DocumentSession sharedSession(DocumentViewModel document) {
        return document.backendProperty().get() instanceof SessionBackend b ? b.session() : null;
    }

    /** The content of a proof window beside the workstation, rebuilt when the workstation's issue changes. */
    private static final class Following {
        private final DocumentViewModel document;
        private final User user;
        private final Messages messages;
        private final FontProvider fonts;
        private final Function<Issue, LaidOutIssue> composer;
        private Stage stage;
        private DocumentSession session;
        private Path folder;
        private ProofModeViewModel vm;
        private AutoCloseable watcher;
        private boolean followScheduled;

        Following(DocumentViewModel document, User user, Messages messages, FontProvider fonts,
                  Function<Issue, LaidOutIssue> composer) {
            this.document = document;
            this.user = user;
            this.messages = messages;
            this.fonts = fonts;
            this.composer = composer;
        }

        void show(DocumentSession newSession, Path newFolder, Window owner) throws IOException {
            if (newSession == null || newFolder == null) {
                throw new IllegalStateException("proof mode needs an issue saved in a folder: its reviews live in the folder's reviews/");
            }
            ProofModeViewModel newVm = ProofModeViewModel.beside(newSession, newFolder, user, Clock.systemUTC());
            ProofModeView view = new ProofModeView(newVm, messages, fonts, composer);
            closeContent();
            session = newSession;
            folder = newFolder.toAbsolutePath().normalize();
            vm = newVm;
            stage.setTitle(messages.format("proof.title", newFolder.getFileName(), user.name() + " · " + user.role().label()));
            Parent root = (Parent) view.node();
            if (stage.getScene() == null) {
                Scene scene = new Scene(root, 1280, 860);
                if (owner != null && owner.getScene() != null) {
                    scene.getStylesheets().addAll(owner.getScene().getStylesheets());
                    scene.getRoot().setStyle(owner.getScene().getRoot().getStyle());
                }
                stage.setScene(scene);
            } else {
                root.setStyle(stage.getScene().getRoot().getStyle());
                stage.getScene().setRoot(root);
            }
            watcher = view.watchReviews();
        }

        /**
         * The workstation sets its session and then its folder when it opens an issue: following once both
         * are set (on the next pulse) keeps the window from opening the new session on the old folder's reviews.
         */
        void scheduleFollow() {
            if (!followScheduled) {
                followScheduled = true;
                Platform.runLater(this::follow);
            }
        }

        private void follow() {
            followScheduled = false;
            if (!stage.isShowing()) {
                return;
            }
            DocumentSession now = sharedSession(document);
            Path nowFolder = document.folder() == null ? null : document.folder().toAbsolutePath().normalize();
            if (now == session && java.util.Objects.equals(nowFolder, folder)) {
                return;
            }
            if (now == null || nowFolder == null) {
                stage.close();
                return;
            }
            try {
                show(now, nowFolder, stage.getOwner());
            } catch (IOException | RuntimeException e) {
                stage.close();
                Alert alert = new Alert(Alert.AlertType.ERROR, nowFolder + ": " + e.getMessage());
                alert.initOwner(stage.getOwner());
                alert.show();
            }
        }

        void closeContent() {
            if (vm != null) {
                vm.close();
                vm = null;
            }
            if (watcher != null) {
                try {
                    watcher.close();
                } catch (Exception ignored) {
                    // the watcher thread is a daemon; nothing is lost if closing it fails
                }
                watcher = null;
            }
        }
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
