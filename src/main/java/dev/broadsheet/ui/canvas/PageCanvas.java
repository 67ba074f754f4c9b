package dev.broadsheet.ui.canvas;

import dev.broadsheet.edit.DocumentSession;
import dev.broadsheet.edit.EditCommand;
import dev.broadsheet.edit.SessionEvent;
import dev.broadsheet.edit.SessionListener;
import dev.broadsheet.fonts.FontProvider;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import dev.broadsheet.render.fx.FxPageRenderer;
import dev.broadsheet.render.fx.IssueFolderImages;
import dev.broadsheet.typeset.LaidOutIssue;
import dev.broadsheet.typeset.LaidOutPage;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.input.DataFormat;

/**
 * The page canvas: one page of the session's issue, composed and drawn as it will print, with rulers in mm,
 * margins, the column grid and an optional baseline grid, frame outlines, thread links, selection, snapping
 * guides and overset markers. Frames are moved by dragging or with the arrow keys (one column sideways, one
 * line up or down; Shift for a quarter line), resized with handles, and stories and image files can be
 * dropped on it. A frame dragged out onto a page thumbnail ({@link #DROP_PAGE_KEY}) moves to that page. Inside a
 * photo frame, Alt+drag pans the image and Alt+wheel crops into it. Every change goes through an undoable
 * command of the {@link DocumentSession}.
 *
 * <p>Give it a session, a page number and a composer (the typesetter: {@code new IssueComposer(fonts)::compose}).
 * It composes on the FX thread — composition of one edit takes milliseconds — and redraws at the next pulse
 * only when something it shows has changed.
 */
public class PageCanvas extends Control {

    /** The drag-and-drop format carrying a story id, from the story list to the canvas. */
    public static final DataFormat STORY_ID_FORMAT = storyIdFormat();

    /**
     * A node that carries this key in its {@link javafx.scene.Node#getProperties() properties}, with a page number
     * (an Integer) as value, takes frames dragged out of the canvas onto it: they move to that page, as one
     * undoable command (the page list's thumbnails do this).
     */
    public static final String DROP_PAGE_KEY = "broadsheet.dropFramesOnPage";

    public static final double MIN_ZOOM = 0.05;
    public static final double MAX_ZOOM = 8.0;
    /**
     * Text smaller than this on screen is drawn as grey bars (greeked), as InDesign does below 7 px by default:
     * body text in a whole-page view; from about 65% zoom up every glyph is drawn.
     */
    public static final double GREEK_BELOW_PIXELS = 6;
    /** Screen pixels per point at 100%: a 96 dpi screen shows a page at its printed size. */
    public static final double PIXELS_PER_POINT_AT_100 = 96.0 / 72.0;

    private final FontProvider fonts;
    private final FxPageRenderer renderer;
    private final SessionListener sessionListener = this::sessionChanged;

    private final ObjectProperty<DocumentSession> session = new SimpleObjectProperty<>(this, "session");
    private final ObjectProperty<Function<Issue, LaidOutIssue>> composer = new SimpleObjectProperty<>(this, "composer");
    private final IntegerProperty pageNumber = new SimpleIntegerProperty(this, "pageNumber", 1);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final ObjectProperty<ZoomMode> zoomMode = new SimpleObjectProperty<>(this, "zoomMode", ZoomMode.FIT_PAGE);
    private final ObjectProperty<Set<String>> selectedFrameIds = new SimpleObjectProperty<>(this, "selectedFrameIds", Set.of());
    private final BooleanProperty showBaselineGrid = new SimpleBooleanProperty(this, "showBaselineGrid", false);
    private final ObjectProperty<Path> issueFolder = new SimpleObjectProperty<>(this, "issueFolder");
    private final ObjectProperty<ImageImporter> imageImporter = new SimpleObjectProperty<>(this, "imageImporter");
    private final ReadOnlyObjectWrapper<LaidOutIssue> laidOutIssue = new ReadOnlyObjectWrapper<>(this, "laidOutIssue");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** Bumped whenever what the canvas shows changes; the skin listens to redraw. */
    private final ReadOnlyObjectWrapper<Object> contentVersion = new ReadOnlyObjectWrapper<>(this, "contentVersion", new Object());

    private Issue composedIssue;
    private long imagesVersion;
    private boolean fitting;

    /**
     * @param fonts    the fonts the composer measured with: the canvas draws with the same files
     * @param composer the typesetter ({@code new IssueComposer(fonts)::compose}); must not block
     */
    public PageCanvas(FontProvider fonts, Function<Issue, LaidOutIssue> composer) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        this.renderer = new FxPageRenderer(fonts, null);
        renderer.setGreekBelowPixels(GREEK_BELOW_PIXELS);
        this.composer.set(Objects.requireNonNull(composer, "composer"));
        setId("page-canvas");
        getStyleClass().add("page-canvas");
        setFocusTraversable(true);
        imageImporter.set(new CopyIntoIssueFolder(this::getIssueFolder));
        session.addListener((obs, old, now) -> {
            if (old != null) {
                old.removeListener(sessionListener);
            }
            if (now != null) {
                now.addListener(sessionListener);
            }
            setSelectedFrameIds(Set.of());
            recompose();
        });
        this.composer.addListener((obs, old, now) -> recompose());
        pageNumber.addListener((obs, old, now) -> {
            setSelectedFrameIds(Set.of());
            contentChanged();
        });
        issueFolder.addListener((obs, old, now) -> {
            renderer.setImages(IssueFolderImages.loadingInBackground(now, this::imagesChanged));
            imagesChanged();
        });
        zoom.addListener((obs, old, now) -> {
            double clamped = clampZoom(now.doubleValue());
            if (clamped != now.doubleValue()) {
                zoom.set(clamped);
            } else if (!fitting) {
                zoomMode.set(ZoomMode.FIXED);
            }
        });
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new PageCanvasSkin(this);
    }

    // ---- the session and what it shows

    public final ObjectProperty<DocumentSession> sessionProperty() {
        return session;
    }

    public final DocumentSession getSession() {
        return session.get();
    }

    public final void setSession(DocumentSession value) {
        session.set(value);
    }

    /** The typesetter, {@code Issue → LaidOutIssue}. */
    public final ObjectProperty<Function<Issue, LaidOutIssue>> composerProperty() {
        return composer;
    }

    public final Function<Issue, LaidOutIssue> getComposer() {
        return composer.get();
    }

    public final void setComposer(Function<Issue, LaidOutIssue> value) {
        composer.set(value);
    }

    /** The number (版次) of the page shown. */
    public final IntegerProperty pageNumberProperty() {
        return pageNumber;
    }

    public final int getPageNumber() {
        return pageNumber.get();
    }

    public final void setPageNumber(int value) {
        pageNumber.set(value);
    }

    /** The zoom: 1.0 shows the page at its printed size on a 96 dpi screen. Setting it switches to {@link ZoomMode#FIXED}. */
    public final DoubleProperty zoomProperty() {
        return zoom;
    }

    public final double getZoom() {
        return zoom.get();
    }

    public final void setZoom(double value) {
        zoom.set(clampZoom(value));
    }

    /** The skin's fitted zoom, which keeps the fit mode. */
    void applyFittedZoom(double value) {
        fitting = true;
        try {
            zoom.set(clampZoom(value));
        } finally {
            fitting = false;
        }
    }

    public final ObjectProperty<ZoomMode> zoomModeProperty() {
        return zoomMode;
    }

    public final ZoomMode getZoomMode() {
        return zoomMode.get();
    }

    public final void setZoomMode(ZoomMode value) {
        zoomMode.set(value);
    }

    /** Shows the whole page. */
    public void fitPage() {
        setZoomMode(ZoomMode.FIT_PAGE);
        requestLayout();
    }

    /** Shows the page's full width. */
    public void fitWidth() {
        setZoomMode(ZoomMode.FIT_WIDTH);
        requestLayout();
    }

    /** The ids of the selected frames of the shown page (an immutable set). */
    public final ObjectProperty<Set<String>> selectedFrameIdsProperty() {
        return selectedFrameIds;
    }

    public final Set<String> getSelectedFrameIds() {
        return selectedFrameIds.get();
    }

    public final void setSelectedFrameIds(Set<String> ids) {
        selectedFrameIds.set(ids == null ? Set.of() : Set.copyOf(ids));
    }

    public final BooleanProperty showBaselineGridProperty() {
        return showBaselineGrid;
    }

    public final boolean isShowBaselineGrid() {
        return showBaselineGrid.get();
    }

    public final void setShowBaselineGrid(boolean value) {
        showBaselineGrid.set(value);
    }

    /** The issue's folder, where photos' relative image paths point; null for an issue never saved. */
    public final ObjectProperty<Path> issueFolderProperty() {
        return issueFolder;
    }

    public final Path getIssueFolder() {
        return issueFolder.get();
    }

    public final void setIssueFolder(Path value) {
        issueFolder.set(value);
    }

    /** What happens to an image file dropped on the canvas (by default it is copied into {@code images/}). */
    public final ObjectProperty<ImageImporter> imageImporterProperty() {
        return imageImporter;
    }

    public final ImageImporter getImageImporter() {
        return imageImporter.get();
    }

    public final void setImageImporter(ImageImporter value) {
        imageImporter.set(value);
    }

    /** The session's issue as composed: the story list and inspector can read overset reports from here. */
    public final ReadOnlyObjectProperty<LaidOutIssue> laidOutIssueProperty() {
        return laidOutIssue.getReadOnlyProperty();
    }

    public final LaidOutIssue getLaidOutIssue() {
        return laidOutIssue.get();
    }

    /** The last thing the canvas wants the user to know (a refused command, a failed image import); for the status bar. */
    public final ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public final String getMessage() {
        return message.get();
    }

    // ---- actions

    /**
     * Executes a command on the session. A command that does not fit the issue is refused: the session stays
     * as it was and {@link #messageProperty()} says why. Returns whether it was executed.
     */
    public boolean execute(EditCommand command) {
        DocumentSession s = getSession();
        if (s == null) {
            return false;
        }
        try {
            s.execute(command);
            message.set("");
            return true;
        } catch (IllegalArgumentException | IllegalStateException refused) {
            message.set(command.name() + ": " + refused.getMessage());
            return false;
        }
    }

    /** The shown page of the session's issue, if it has one. */
    public Optional<Page> page() {
        DocumentSession s = getSession();
        return s == null ? Optional.empty() : s.issue().page(getPageNumber());
    }

    /** The shown page as composed, if the issue has it. */
    public Optional<LaidOutPage> laidOutPage() {
        LaidOutIssue laid = getLaidOutIssue();
        return laid == null ? Optional.empty() : laid.page(getPageNumber());
    }

    public FontProvider fonts() {
        return fonts;
    }

    /**
     * A page point (points from the trim's top-left) in this control's own coordinates, at the current zoom and
     * scroll: for overlays drawn over the canvas (proof mode's mark highlights). Empty before the skin exists.
     */
    public Optional<javafx.geometry.Point2D> pageToLocal(double pageX, double pageY) {
        if (getSkin() instanceof PageCanvasSkin skin) {
            javafx.geometry.Point2D inView = skin.pageToView(pageX, pageY);
            return Optional.ofNullable(sceneToLocal(skin.viewport().localToScene(inView)));
        }
        return Optional.empty();
    }

    FxPageRenderer renderer() {
        return renderer;
    }

    ReadOnlyObjectProperty<Object> contentVersionProperty() {
        return contentVersion.getReadOnlyProperty();
    }

    void showMessage(String text) {
        message.set(text == null ? "" : text);
    }

    /** Composes an issue that is not (yet) the session's: the preview while a frame is dragged. */
    LaidOutIssue composePreview(Issue issue) {
        return getComposer().apply(issue);
    }

    // ---- keeping the composition current

    private void sessionChanged(SessionEvent event) {
        if (event.kind() == SessionEvent.Kind.OPENED) {
            setSelectedFrameIds(Set.of());
        }
        recompose();
    }

    private void recompose() {
        DocumentSession s = getSession();
        if (s == null || getComposer() == null) {
            composedIssue = null;
            laidOutIssue.set(null);
            contentChanged();
            return;
        }
        Issue issue = s.issue();
        if (issue != composedIssue) {
            try {
                laidOutIssue.set(getComposer().apply(issue));
                composedIssue = issue;
            } catch (RuntimeException e) {
                message.set("cannot compose the issue: " + e.getMessage());
            }
        }
        pruneSelection();
        contentChanged();
    }

    private void pruneSelection() {
        Set<String> onPage = page().map(p -> p.frames().stream().map(f -> f.id()).collect(Collectors.toSet())).orElse(Set.of());
        Set<String> kept = getSelectedFrameIds().stream().filter(onPage::contains).collect(Collectors.toSet());
        if (kept.size() != getSelectedFrameIds().size()) {
            setSelectedFrameIds(kept);
        }
    }

    void contentChanged() {
        contentVersion.set(new Object());
    }

    /**
     * Images arrived or their folder changed: the composition is the same, but a photo frame drawn with its
     * placeholder must be drawn again, so the skin repaints everything when this count moves.
     */
    private void imagesChanged() {
        imagesVersion++;
        contentChanged();
    }

    long imagesVersion() {
        return imagesVersion;
    }

    private static double clampZoom(double value) {
        if (!Double.isFinite(value)) {
            return 1.0;
        }
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
    }

    private static DataFormat storyIdFormat() {
        String mime = "application/x-broadsheet-story-id";
        DataFormat existing = DataFormat.lookupMimeType(mime);
        return existing != null ? existing : new DataFormat(mime);
    }
}
