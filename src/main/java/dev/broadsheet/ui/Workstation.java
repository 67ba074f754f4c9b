package dev.broadsheet.ui;

import dev.broadsheet.edit.DocumentSession;
import dev.broadsheet.fonts.FontProvider;
import dev.broadsheet.model.Issue;
import dev.broadsheet.render.fx.FxPageRenderer;
import dev.broadsheet.render.fx.ImageSource;
import dev.broadsheet.typeset.LaidOutIssue;
import dev.broadsheet.ui.canvas.CopyIntoIssueFolder;
import dev.broadsheet.ui.canvas.PageCanvas;
import dev.broadsheet.ui.document.DocumentBackend;
import dev.broadsheet.ui.document.DocumentViewModel;
import dev.broadsheet.ui.document.LayoutCache;
import dev.broadsheet.ui.document.SessionBackend;
import dev.broadsheet.ui.document.WorkspaceSelection;
import dev.broadsheet.ui.export.ExportController;
import dev.broadsheet.ui.files.BackgroundRunner;
import dev.broadsheet.ui.files.FileWorkflow;
import dev.broadsheet.ui.files.FxBackgroundRunner;
import dev.broadsheet.ui.files.FxUserPrompts;
import dev.broadsheet.ui.files.IssueImporter;
import dev.broadsheet.ui.files.IssueRepository;
import dev.broadsheet.ui.files.RecentIssues;
import dev.broadsheet.ui.files.UserPrompts;
import dev.broadsheet.ui.pages.PageListView;
import dev.broadsheet.ui.pages.PageListViewModel;
import dev.broadsheet.ui.shell.MainWindow;
import dev.broadsheet.ui.shell.PageCanvasSlot;
import dev.broadsheet.ui.shell.StatusBar;
import dev.broadsheet.model.Mark;
import dev.broadsheet.model.User;
import dev.broadsheet.store.UserProfile;
import dev.broadsheet.ui.export.PrintGate;
import java.time.Clock;
import dev.broadsheet.ui.reviews.MarksPanel;
import dev.broadsheet.ui.reviews.ReviewFeed;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The composition root of the workstation: builds the view models, the page canvas and the main window from
 * the services it is given (store, importer, composer, prompts), and nothing else. The application and the
 * UI tests both start the workstation through here, with real or scripted services.
 */
public final class Workstation {

    /**
     * What the workstation is built from. {@code prompts} null means real dialogs owned by the window;
     * {@code pdfExport} offers File ▸ Export… (dialog with progress and cancel, ui.export); {@code watching}
     * follows the open issue's reviews/ folder; {@code user} is who records print overrides, asked for by
     * {@code overridePrompt} (null: a dialog).
     */
    public record Services(Messages messages, FontProvider fonts, Function<Issue, LaidOutIssue> composer,
                           IssueRepository repository, IssueImporter importer, RecentIssues recent,
                           UserPrompts prompts, boolean pdfExport, ReviewFeed.Watching watching, User user,
                           PrintGate.OverridePrompt overridePrompt) {
        public Services {
            Objects.requireNonNull(messages);
            Objects.requireNonNull(fonts);
            Objects.requireNonNull(composer);
            Objects.requireNonNull(repository);
            Objects.requireNonNull(recent);
            Objects.requireNonNull(watching);
            Objects.requireNonNull(user);
        }

        /** Services that watch the open issue's reviews/ folder with the review package's watcher. */
        public Services(Messages messages, FontProvider fonts, Function<Issue, LaidOutIssue> composer,
                        IssueRepository repository, IssueImporter importer, RecentIssues recent,
                        UserPrompts prompts, boolean pdfExport) {
            this(messages, fonts, composer, repository, importer, recent, prompts, pdfExport, ReviewFeed.reviewWatcher(),
                    UserProfile.fromOsAccount().toUser(), null);
        }

        /** The same services for another person (who records print overrides) and, in tests, a scripted override prompt. */
        public Services withUser(User newUser, PrintGate.OverridePrompt prompt) {
            return new Services(messages, fonts, composer, repository, importer, recent, prompts, pdfExport, watching, newUser, prompt);
        }
    }

    private final DocumentViewModel document = new DocumentViewModel();
    private final WorkspaceSelection selection = new WorkspaceSelection();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final FxBackgroundRunner background = new FxBackgroundRunner();
    private final LayoutCache layouts;
    private Stage proofWindow;
    private final FileWorkflow files;
    private final PageCanvas canvas;
    private final MainWindow window;
    private final Scene scene;
    private final ExportController export;
    private final ReviewFeed reviews;

    public Workstation(Stage stage, Services services) {
        Messages m = services.messages();
        layouts = new LayoutCache(services.composer());
        UserPrompts prompts = services.prompts() != null ? services.prompts() : new FxUserPrompts(m, stage);
        Function<Issue, DocumentBackend> sessions = issue -> new SessionBackend(new DocumentSession(issue), layouts, notice::set);
        files = new FileWorkflow(document, services.repository(), services.importer(), services.recent(), background,
                prompts, sessions, m.get("title.untitled"));

        canvas = new PageCanvas(services.fonts(), layouts);
        PageCanvasSlot slot = new PageCanvasSlot(canvas, document, selection);
        canvas.messageProperty().addListener((obs, was, now) -> notice.set(now));

        reviews = new ReviewFeed(m, document, background, services.watching(), Platform::runLater, notice::set);
        PageListViewModel pagesVm = new PageListViewModel(document, selection);
        pagesVm.signedBasesProperty().bind(reviews.signedBasesProperty());
        FxPageRenderer thumbnails = new FxPageRenderer(services.fonts(), ImageSource.none());
        PageListView pageList = new PageListView(pagesVm, document, selection,
                (c, page) -> thumbnails.draw(c.getGraphicsContext2D(), page, c.getWidth() / page.width()), m);
        MarksPanel marksPanel = new MarksPanel(reviews.reviewsProperty(), document, selection, m);
        ObservableValue<List<Mark>> marks = Bindings.createObjectBinding(() -> reviews.reviews().marks(), reviews.reviewsProperty());
        StatusBar status = new StatusBar(m, document, selection, files, slot, notice.getReadOnlyProperty(),
                background.busyProperty(), background.messageProperty());
        PrintGate printGate = new PrintGate(m, document, services.user(), Clock.systemUTC(),
                services.overridePrompt() != null ? services.overridePrompt() : ExportController.overrideDialog(m, () -> stage),
                files::save, notice::set);
        export = new ExportController(m, document, services.fonts(), () -> stage, notice::set, printGate);
        MainWindow.Services windowServices = new MainWindow.Services() {
            @Override
            public void importImage(String photoId, Path imageFile) {
                Workstation.this.importImage(photoId, imageFile);
            }

            @Override
            public Optional<Runnable> exportDialog() {
                return services.pdfExport() ? Optional.of(export::showExportDialog) : Optional.empty();
            }

            @Override
            public Optional<ObservableValue<List<Mark>>> marks() {
                return Optional.of(marks);
            }

            @Override
            public Optional<javafx.scene.Node> marksPanel() {
                return Optional.of(marksPanel);
            }

            @Override
            public Optional<Runnable> printIssue() {
                return Optional.of(export::print);
            }

            @Override
            public Optional<Runnable> proofMode() {
                return Optional.of(() -> showProofMode(stage, services));
            }
        };
        window = new MainWindow(m, document, selection, files, slot, windowServices, pageList, status);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(window.root(), Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        window.install(stage);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> reviews.close());
        stage.setScene(scene);
    }

    /**
     * View ▸ Proof mode…: one proof window beside this one, on the open issue's session (it follows the
     * workstation to the next issue it opens); asked again, the open proof window comes to the front.
     */
    private void showProofMode(Stage owner, Services services) {
        if (proofWindow != null && proofWindow.isShowing()) {
            proofWindow.toFront();
            return;
        }
        try {
            proofWindow = dev.broadsheet.ui.proof.ProofModeWindow.openFollowing(owner, document, services.user(),
                    services.messages(), services.fonts(), layouts);
        } catch (java.io.IOException | RuntimeException e) {
            notice.set(document.folder() + ": " + e.getMessage());
        }
    }

    /** Copies an image into the issue (in the background) and points the photo at it. */
    private void importImage(String photoId, Path imageFile) {
        Path folder = document.folder();
        BackgroundRunner runner = background;
        runner.run("image " + imageFile.getFileName(), () -> new CopyIntoIssueFolder(() -> folder).importImage(imageFile),
                relative -> {
                    if (document.isEditable()) {
                        document.edits().setPhotoImage(photoId, relative);
                    }
                }, error -> notice.set(imageFile.getFileName() + ": " + error.getMessage()));
    }

    public Scene scene() {
        return scene;
    }

    public FileWorkflow files() {
        return files;
    }

    public DocumentViewModel document() {
        return document;
    }

    public WorkspaceSelection selection() {
        return selection;
    }

    public PageCanvas canvas() {
        return canvas;
    }

    public ExportController export() {
        return export;
    }

    /** The merged reviews of the open issue, kept current by watching its reviews/ folder. */
    public ReviewFeed reviews() {
        return reviews;
    }

    public LayoutCache layouts() {
        return layouts;
    }
}
