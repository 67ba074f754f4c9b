package dev.broadsheet.ui.canvas;

import atlantafx.base.controls.BehaviorSkinBase;
import dev.broadsheet.edit.FrameGeometry;
import dev.broadsheet.edit.FrameRect;
import dev.broadsheet.edit.GridSnapper;
import dev.broadsheet.model.Frame;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.Grid;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import dev.broadsheet.typeset.LaidOutIssue;
import dev.broadsheet.typeset.LaidOutPage;
import dev.broadsheet.typeset.PlacedItem;
import dev.broadsheet.typeset.StoryReport;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The look of {@link PageCanvas}: rulers in mm along the top and left, scroll bars, and a viewport with one
 * canvas — the page as composed with the grid, frame outlines, thread links, selection and guides over it
 * ({@link OverlayMarks}) — and the overset and underset markers as labels over it.
 *
 * <p>The canvas keeps its pixels between changes and only the damaged rectangles are repainted: the frames
 * whose composition changed ({@link PageDamage}) and the overlay marks that came or went. Each frame's text is
 * copied from an image of its own ({@link FrameImages}), so moving a frame does not set its glyphs again. On
 * the software pipeline, one canvas instead of a page layer and a translucent overlay layer, and no clip node
 * on the viewport, keep what every frame costs to composite small (the canvas clips its own drawing).
 *
 * <p>The canvas is as large as the viewport, not the page: a broadsheet at 400% would not fit a texture.
 */
public class PageCanvasSkin extends BehaviorSkinBase<PageCanvas, PageCanvasBehavior> {

    static final double RULER_SIZE = 20;
    /** The pasteboard around the page, in pixels. */
    static final double PASTEBOARD = 24;
    static final double HANDLE_SIZE = 7;

    private static final Color PASTEBOARD_FILL = Color.rgb(0x9a, 0x9e, 0xa4);
    private static final Color MARGIN_GUIDE = Color.rgb(0xd0, 0x40, 0xc0, 0.8);
    private static final Color COLUMN_GUIDE = Color.rgb(0x30, 0x90, 0xe0, 0.55);
    private static final Color BASELINE_GUIDE = Color.rgb(0x30, 0xb0, 0xd0, 0.30);
    private static final Color FRAME_OUTLINE = Color.rgb(0x60, 0x60, 0x70, 0.6);
    private static final Color PHOTO_OUTLINE = Color.rgb(0x20, 0x90, 0x40, 0.7);
    private static final Color THREAD_LINK = Color.rgb(0x20, 0x60, 0xe0, 0.9);
    private static final Color SELECTION = Color.rgb(0x10, 0x70, 0xf0);
    private static final Color SNAP_GUIDE = Color.rgb(0xf0, 0x20, 0x90);
    private static final Color BAND_FILL = Color.rgb(0x10, 0x70, 0xf0, 0.12);
    private static final Color RULER_FILL = Color.rgb(0xf2, 0xf2, 0xf2);
    private static final Color RULER_INK = Color.rgb(0x40, 0x40, 0x40);

    private final Canvas content = new Canvas();
    private final Pane markers = new Pane();
    private final Pane viewport = new Pane();
    private final Canvas topRuler = new Canvas();
    private final Canvas leftRuler = new Canvas();
    private final Region corner = new Region();
    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    private final ResourceBundle texts = ResourceBundle.getBundle("dev.broadsheet.ui.canvas.canvas", Locale.getDefault());
    private final Font labelFont = OverlayMarks.LABEL_FONT;
    private final FrameImages frameImages;

    private boolean dirty = true;
    private double originX;
    private double originY;

    // preview of a drag in progress, set by the behaviour
    private Issue previewIssue;
    private LaidOutIssue previewLaidOut;
    private List<GridSnapper.Guide> guides = List.of();
    private Rectangle2D band;

    public PageCanvasSkin(PageCanvas control) {
        super(control);
        content.setId("page-canvas-content");
        markers.setId("page-canvas-markers");
        viewport.setId("page-canvas-viewport");
        topRuler.setId("page-canvas-ruler-top");
        leftRuler.setId("page-canvas-ruler-left");
        hbar.setId("page-canvas-hbar");
        vbar.setId("page-canvas-vbar");
        vbar.setOrientation(Orientation.VERTICAL);
        // Kept as bitmaps between changes: on the software pipeline the scroll bars' arrow shapes and the markers'
        // rounded, bordered labels cost as much to draw on every frame as the whole page canvas does.
        hbar.setCache(true);
        vbar.setCache(true);
        markers.setPickOnBounds(false);
        markers.setMouseTransparent(true);
        content.setMouseTransparent(true);
        viewport.getChildren().addAll(content, markers);
        frameImages = new FrameImages(control.renderer());
        viewport.setMinSize(0, 0);
        viewport.setPrefSize(0, 0);
        corner.setStyle("-fx-background-color: #f2f2f2;");
        getChildren().addAll(viewport, topRuler, leftRuler, corner, hbar, vbar);

        registerChangeListener(control.contentVersionProperty(), o -> markContentDirty());
        registerChangeListener(control.zoomProperty(), o -> markContentDirty());
        registerChangeListener(control.zoomModeProperty(), o -> markContentDirty());
        registerChangeListener(control.selectedFrameIdsProperty(), o -> markOverlayDirty());
        registerChangeListener(control.showBaselineGridProperty(), o -> markOverlayDirty());
        registerChangeListener(hbar.valueProperty(), o -> markContentDirty());
        registerChangeListener(vbar.valueProperty(), o -> markContentDirty());
        behavior.attach(viewport);
    }

    @Override
    public PageCanvasBehavior createDefaultBehavior() {
        return new PageCanvasBehavior(getSkinnable(), this);
    }

    @Override
    public void dispose() {
        behavior.detach(viewport);
        super.dispose();
    }

    // ---- what is shown

    /** The issue drawn: the drag preview while a frame is dragged, else the session's. */
    Optional<Issue> shownIssue() {
        if (previewIssue != null) {
            return Optional.of(previewIssue);
        }
        var session = getSkinnable().getSession();
        return session == null ? Optional.empty() : Optional.of(session.issue());
    }

    Optional<Page> shownPage() {
        return shownIssue().flatMap(i -> i.page(getSkinnable().getPageNumber()));
    }

    private Optional<LaidOutIssue> shownLayout() {
        return Optional.ofNullable(previewLaidOut != null ? previewLaidOut : getSkinnable().getLaidOutIssue());
    }

    /** A photo frame's image as composed on the shown page (its clip is the image area, caption excluded). */
    Optional<PlacedItem.PlacedImage> placedImage(String frameId) {
        return shownLayout().flatMap(l -> l.page(getSkinnable().getPageNumber())).flatMap(page -> page.items().stream()
                .filter(i -> i instanceof PlacedItem.PlacedImage image && image.frameId().equals(frameId))
                .map(i -> (PlacedItem.PlacedImage) i).findFirst());
    }

    /** Shows an issue that is not yet the session's (live re-flow while dragging), composed, with guides. */
    void showPreview(Issue issue, List<GridSnapper.Guide> snapGuides) {
        previewIssue = issue;
        previewLaidOut = getSkinnable().composePreview(issue);
        guides = List.copyOf(snapGuides);
        markContentDirty();
    }

    void clearPreview() {
        previewIssue = null;
        previewLaidOut = null;
        guides = List.of();
        markContentDirty();
    }

    boolean hasPreview() {
        return previewIssue != null;
    }

    /** The rubber band in view coordinates, or null. */
    void showBand(Rectangle2D rect) {
        band = rect;
        markOverlayDirty();
    }

    /** Something shown changed: at the next layout the canvas repaints what differs from what it shows. */
    void markContentDirty() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    /** Only overlay marks changed (selection, band): the same repaint, which will find no page damage. */
    void markOverlayDirty() {
        markContentDirty();
    }

    /**
     * Forgets what the canvas shows, so that the next layout paints all of it anew — from the same frame images
     * (tests compare the two).
     */
    void repaintAll() {
        drawn = null;
        markContentDirty();
    }

    /** The frame images drawn so far (for tests: a move must reuse them). */
    int frameImagesDrawn() {
        return frameImages.imagesDrawn();
    }

    // ---- coordinates

    /** Pixels per point at the current zoom. */
    double pixelsPerPoint() {
        return getSkinnable().getZoom() * PageCanvas.PIXELS_PER_POINT_AT_100;
    }

    /** A viewport point as a page point (points from the trim box's top-left corner). */
    Point2D viewToPage(double viewX, double viewY) {
        double ppt = pixelsPerPoint();
        return new Point2D((viewX - originX) / ppt, (viewY - originY) / ppt);
    }

    Point2D pageToView(double pageX, double pageY) {
        double ppt = pixelsPerPoint();
        return new Point2D(originX + pageX * ppt, originY + pageY * ppt);
    }

    Rectangle2D viewRect(FrameRect r) {
        double ppt = pixelsPerPoint();
        return new Rectangle2D(originX + r.x() * ppt, originY + r.y() * ppt, Math.max(0, r.width() * ppt), Math.max(0, r.height() * ppt));
    }

    Pane viewport() {
        return viewport;
    }

    /** The topmost frame of the shown page under a viewport point. */
    Optional<Frame> frameAt(double viewX, double viewY) {
        Optional<Page> page = shownPage();
        if (page.isEmpty()) {
            return Optional.empty();
        }
        Point2D p = viewToPage(viewX, viewY);
        List<Frame> frames = page.get().frames();
        for (int i = frames.size() - 1; i >= 0; i--) {
            if (FrameGeometry.rectOf(page.get(), frames.get(i)).contains(p.getX(), p.getY())) {
                return Optional.of(frames.get(i));
            }
        }
        return Optional.empty();
    }

    record HandleHit(String frameId, ResizeHandle handle) {
    }

    /** A resize handle of a selected frame under a viewport point. */
    Optional<HandleHit> handleAt(double viewX, double viewY) {
        Optional<Page> page = shownPage();
        if (page.isEmpty()) {
            return Optional.empty();
        }
        double reach = HANDLE_SIZE / 2 + 2;
        for (String id : getSkinnable().getSelectedFrameIds()) {
            Optional<Frame> frame = page.get().frame(id);
            if (frame.isEmpty()) {
                continue;
            }
            Rectangle2D r = viewRect(FrameGeometry.rectOf(page.get(), frame.get()));
            for (ResizeHandle h : ResizeHandle.values()) {
                double hx = r.getMinX() + h.fx() * r.getWidth();
                double hy = r.getMinY() + h.fy() * r.getHeight();
                if (Math.abs(viewX - hx) <= reach && Math.abs(viewY - hy) <= reach) {
                    return Optional.of(new HandleHit(id, h));
                }
            }
        }
        return Optional.empty();
    }

    /** Frames of the shown page that a viewport rectangle touches. */
    Set<String> framesIn(Rectangle2D viewRect) {
        Set<String> ids = new LinkedHashSet<>();
        shownPage().ifPresent(page -> {
            Point2D a = viewToPage(viewRect.getMinX(), viewRect.getMinY());
            Point2D b = viewToPage(viewRect.getMaxX(), viewRect.getMaxY());
            for (Frame f : page.frames()) {
                if (FrameGeometry.rectOf(page, f).intersects(a.getX(), a.getY(), b.getX() - a.getX(), b.getY() - a.getY())) {
                    ids.add(f.id());
                }
            }
        });
        return ids;
    }

    /** Zooms keeping the page point under a viewport point where it is (Ctrl+wheel). */
    void zoomAround(double factor, double viewX, double viewY) {
        Point2D anchor = viewToPage(viewX, viewY);
        getSkinnable().setZoom(getSkinnable().getZoom() * factor);
        double ppt = pixelsPerPoint();
        hbar.setValue(PASTEBOARD + anchor.getX() * ppt - viewX);
        vbar.setValue(PASTEBOARD + anchor.getY() * ppt - viewY);
        markContentDirty();
    }

    /** Scrolls by pixels (the mouse wheel). */
    void scrollBy(double dx, double dy) {
        hbar.setValue(clamp(hbar.getValue() + dx, hbar.getMin(), hbar.getMax()));
        vbar.setValue(clamp(vbar.getValue() + dy, vbar.getMin(), vbar.getMax()));
    }

    // ---- layout and drawing

    // The canvases are sized to the viewport in layoutChildren; the control's own size must not follow them,
    // or every layout would grow it by the rulers' width.
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return RULER_SIZE + 60;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return RULER_SIZE + 60;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 700;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double bar = 14;
        double vw = Math.max(1, w - RULER_SIZE - bar);
        double vh = Math.max(1, h - RULER_SIZE - bar);
        corner.resizeRelocate(x, y, RULER_SIZE, RULER_SIZE);
        topRuler.relocate(x + RULER_SIZE, y);
        leftRuler.relocate(x, y + RULER_SIZE);
        viewport.resizeRelocate(x + RULER_SIZE, y + RULER_SIZE, vw, vh);
        vbar.resizeRelocate(x + RULER_SIZE + vw, y + RULER_SIZE, bar, vh);
        hbar.resizeRelocate(x + RULER_SIZE, y + RULER_SIZE + vh, vw, bar);
        if (content.getWidth() != vw || content.getHeight() != vh) {
            content.setWidth(vw);
            content.setHeight(vh);
            topRuler.setWidth(vw);
            topRuler.setHeight(RULER_SIZE);
            leftRuler.setWidth(RULER_SIZE);
            leftRuler.setHeight(vh);
            dirty = true;
        }
        markers.resize(vw, vh);

        Optional<Page> page = shownPage();
        double pageW = page.map(p -> p.size().width().toPoints()).orElse(0.0);
        double pageH = page.map(p -> p.size().height().toPoints()).orElse(0.0);
        fitZoom(pageW, pageH, vw, vh);
        double ppt = pixelsPerPoint();
        originX = placeAxis(hbar, pageW * ppt, vw);
        originY = placeAxis(vbar, pageH * ppt, vh);

        if (dirty) {
            drawContent(page, vw, vh);
            RulerState rulers = new RulerState(page.map(Page::number).orElse(-1), ppt, originX, originY, vw, vh);
            if (!rulers.equals(rulersDrawn)) {
                drawRulers(page, vw, vh);
                rulersDrawn = rulers;
            }
            layoutMarkers(page, vw, vh);
            dirty = false;
        }
    }

    private void fitZoom(double pageW, double pageH, double vw, double vh) {
        PageCanvas control = getSkinnable();
        if (pageW <= 0 || control.getZoomMode() == ZoomMode.FIXED) {
            return;
        }
        double availableW = vw - 2 * PASTEBOARD;
        double availableH = vh - 2 * PASTEBOARD;
        double fit = control.getZoomMode() == ZoomMode.FIT_WIDTH
                ? availableW / pageW
                : Math.min(availableW / pageW, availableH / pageH);
        double zoom = Math.max(PageCanvas.MIN_ZOOM, fit / PageCanvas.PIXELS_PER_POINT_AT_100);
        if (Math.abs(zoom - control.getZoom()) > 1e-9) {
            control.applyFittedZoom(zoom);
            dirty = true;
        }
    }

    /** Sets a scroll bar's range for content of a size in a viewport, and answers where the page's edge goes. */
    private static double placeAxis(ScrollBar bar, double pageSize, double viewportSize) {
        double total = pageSize + 2 * PASTEBOARD;
        if (total <= viewportSize) {
            bar.setMin(0);
            bar.setMax(0);
            bar.setValue(0);
            bar.setDisable(true);
            return Math.round((viewportSize - pageSize) / 2);
        }
        bar.setDisable(false);
        bar.setMin(0);
        bar.setMax(total - viewportSize);
        bar.setVisibleAmount(viewportSize / total * (total - viewportSize));
        bar.setUnitIncrement(20);
        bar.setBlockIncrement(viewportSize * 0.9);
        if (bar.getValue() > bar.getMax()) {
            bar.setValue(bar.getMax());
        }
        return Math.round(PASTEBOARD - bar.getValue());
    }

    /**
     * What the canvas shows now, so that the next change can repaint only what differs: the page as composed
     * (null when none is shown), the overlay marks, and where and how large the page was drawn.
     */
    private record DrawnState(LaidOutPage page, List<OverlayMarks.Mark> marks, ViewState view) {
    }

    /** Where the page is drawn: when any of this changes, everything is repainted. */
    private record ViewState(int pageNumber, double ppt, double originX, double originY, double width, double height,
                             long imagesVersion, double greek) {
    }

    private DrawnState drawn;

    /** The rulers change with the zoom and scroll only, not with every edit. */
    private record RulerState(int page, double ppt, double originX, double originY, double width, double height) {
    }

    private RulerState rulersDrawn;

    /** Above this share of the viewport damaged, one full repaint is cheaper than many clipped ones. */
    private static final double FULL_REPAINT_SHARE = 0.6;

    private void drawContent(Optional<Page> page, double vw, double vh) {
        GraphicsContext gc = content.getGraphicsContext2D();
        double ppt = pixelsPerPoint();
        LaidOutPage laid = page.flatMap(p -> shownLayout().flatMap(l -> l.page(p.number()))).orElse(null);
        List<OverlayMarks.Mark> marks = page.map(this::overlayMarks).orElse(List.of());
        ViewState view = new ViewState(page.map(Page::number).orElse(-1), ppt, originX, originY, vw, vh,
                getSkinnable().imagesVersion(), getSkinnable().renderer().greekBelowPixels());
        DrawnState now = new DrawnState(laid, marks, view);
        List<Rectangle2D> damage = drawn != null && drawn.view().equals(view) ? damageSince(drawn, now) : null;
        if (damage != null && area(damage) <= vw * vh * FULL_REPAINT_SHARE) {
            for (Rectangle2D region : damage) {
                gc.save();
                gc.beginPath();
                gc.rect(region.getMinX(), region.getMinY(), region.getWidth(), region.getHeight());
                gc.clip();
                paint(gc, page, now, region);
                gc.restore();
            }
        } else {
            if (drawn != null && drawn.view().imagesVersion() != view.imagesVersion()) {
                frameImages.clear();
            }
            paint(gc, page, now, new Rectangle2D(0, 0, vw, vh));
            if (laid != null) {
                frameImages.retainFrames(FrameImages.frameIds(laid));
            }
        }
        drawn = now;
    }

    /**
     * The view rectangles that differ between two drawings at the same place: the frames whose composition
     * changed and the overlay marks that came or went, in whole pixels, overlapping ones merged; null when the
     * pages cannot be compared.
     */
    private List<Rectangle2D> damageSince(DrawnState before, DrawnState after) {
        List<Rectangle2D> rects = new ArrayList<>();
        if (before.page() != null || after.page() != null) {
            List<Rectangle2D> pageDamage = PageDamage.between(before.page(), after.page());
            if (pageDamage == null) {
                return null;
            }
            double ppt = after.view().ppt();
            for (Rectangle2D r : pageDamage) {
                rects.add(new Rectangle2D(originX + r.getMinX() * ppt, originY + r.getMinY() * ppt,
                        r.getWidth() * ppt, r.getHeight() * ppt));
            }
        }
        rects.addAll(OverlayMarks.changedBetween(before.marks(), after.marks()));
        Rectangle2D viewport = new Rectangle2D(0, 0, after.view().width(), after.view().height());
        List<Rectangle2D> pixels = new ArrayList<>();
        for (Rectangle2D r : rects) {
            // Whole pixels, one more on each side, so that antialiased edges are repainted too.
            double x0 = Math.max(0, Math.floor(r.getMinX()) - 1);
            double y0 = Math.max(0, Math.floor(r.getMinY()) - 1);
            double x1 = Math.min(viewport.getWidth(), Math.ceil(r.getMaxX()) + 1);
            double y1 = Math.min(viewport.getHeight(), Math.ceil(r.getMaxY()) + 1);
            if (x1 > x0 && y1 > y0) {
                pixels.add(new Rectangle2D(x0, y0, x1 - x0, y1 - y0));
            }
        }
        return mergeOverlapping(pixels);
    }

    /** Unites rectangles that overlap, so that no pixel is painted twice in one repaint. */
    static List<Rectangle2D> mergeOverlapping(List<Rectangle2D> rects) {
        List<Rectangle2D> merged = new ArrayList<>(rects);
        boolean changed = true;
        while (changed) {
            changed = false;
            outer:
            for (int i = 0; i < merged.size(); i++) {
                for (int j = i + 1; j < merged.size(); j++) {
                    if (merged.get(i).intersects(merged.get(j))) {
                        Rectangle2D united = PageDamage.union(merged.get(i), merged.get(j));
                        merged.remove(j);
                        merged.set(i, united);
                        changed = true;
                        break outer;
                    }
                }
            }
        }
        return merged;
    }

    private static double area(List<Rectangle2D> rects) {
        double area = 0;
        for (Rectangle2D r : rects) {
            area += r.getWidth() * r.getHeight();
        }
        return area;
    }

    /** Paints everything that shows in a region of the view: pasteboard, page, frames, overlay. */
    private void paint(GraphicsContext gc, Optional<Page> page, DrawnState state, Rectangle2D region) {
        gc.setFill(PASTEBOARD_FILL);
        gc.fillRect(region.getMinX(), region.getMinY(), region.getWidth(), region.getHeight());
        if (page.isEmpty()) {
            return;
        }
        double ppt = state.view().ppt();
        double pw = page.get().size().width().toPoints() * ppt;
        double ph = page.get().size().height().toPoints() * ppt;
        gc.setFill(Color.rgb(0, 0, 0, 0.25));
        gc.fillRect(originX + 3, originY + 3, pw, ph);
        gc.setFill(Color.WHITE);
        gc.fillRect(originX, originY, pw, ph);
        if (state.page() != null) {
            frameImages.draw(gc, state.page(), ppt, originX, originY, region, state.view().imagesVersion());
        }
        OverlayMarks.draw(gc, state.marks(), region);
    }

    /** The overlay over the shown page, as marks in view pixels. */
    private List<OverlayMarks.Mark> overlayMarks(Page page) {
        List<OverlayMarks.Mark> marks = new ArrayList<>();
        Issue issue = shownIssue().orElseThrow();
        double ppt = pixelsPerPoint();
        Grid grid = page.grid();
        FrameRect area = FrameGeometry.typeArea(page);
        Rectangle2D areaView = viewRect(area);
        double vw = content.getWidth();
        double vh = content.getHeight();

        if (getSkinnable().isShowBaselineGrid()) {
            double pitch = grid.linePitch().toPoints();
            for (double line = pitch; line <= area.height() + 1e-6; line += pitch) {
                double yy = crisp(originY + (area.y() + line) * ppt);
                marks.add(new OverlayMarks.Line(areaView.getMinX(), yy, areaView.getMaxX(), yy, BASELINE_GUIDE, 1));
            }
        }
        for (int c = 0; c < grid.columns(); c++) {
            double left = crisp(originX + grid.columnLeftPt(page.size(), c) * ppt);
            double right = crisp(originX + (grid.columnLeftPt(page.size(), c) + grid.columnWidthPt(page.size())) * ppt);
            marks.add(new OverlayMarks.Line(left, areaView.getMinY(), left, areaView.getMaxY(), COLUMN_GUIDE, 1));
            marks.add(new OverlayMarks.Line(right, areaView.getMinY(), right, areaView.getMaxY(), COLUMN_GUIDE, 1));
        }
        marks.add(new OverlayMarks.Box(crisp(areaView.getMinX()), crisp(areaView.getMinY()), Math.round(areaView.getWidth()),
                Math.round(areaView.getHeight()), MARGIN_GUIDE, 1, false, null));

        for (Frame f : page.frames()) {
            Rectangle2D r = viewRect(FrameGeometry.rectOf(page, f));
            marks.add(new OverlayMarks.Box(crisp(r.getMinX()), crisp(r.getMinY()), Math.round(r.getWidth()), Math.round(r.getHeight()),
                    f.content() instanceof FrameContent.PhotoImage ? PHOTO_OUTLINE : FRAME_OUTLINE, 1,
                    !(f.content() instanceof FrameContent.StoryText), null));
        }
        threadLinks(marks, issue, page);

        for (String id : getSkinnable().getSelectedFrameIds()) {
            page.frame(id).ifPresent(f -> {
                Rectangle2D r = viewRect(FrameGeometry.rectOf(page, f));
                marks.add(new OverlayMarks.Box(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight(), SELECTION, 2, false, null));
                for (ResizeHandle h : ResizeHandle.values()) {
                    double hx = Math.round(r.getMinX() + h.fx() * r.getWidth() - HANDLE_SIZE / 2) + 0.5;
                    double hy = Math.round(r.getMinY() + h.fy() * r.getHeight() - HANDLE_SIZE / 2) + 0.5;
                    marks.add(new OverlayMarks.Box(hx, hy, HANDLE_SIZE, HANDLE_SIZE, SELECTION, 1, false, Color.WHITE));
                }
            });
        }

        for (GridSnapper.Guide g : guides) {
            if (g.axis() == GridSnapper.Axis.HORIZONTAL) {
                double yy = crisp(originY + g.position() * ppt);
                marks.add(new OverlayMarks.Line(0, yy, vw, yy, SNAP_GUIDE, 1));
            } else {
                double xx = crisp(originX + g.position() * ppt);
                marks.add(new OverlayMarks.Line(xx, 0, xx, vh, SNAP_GUIDE, 1));
            }
        }
        if (band != null) {
            marks.add(new OverlayMarks.Box(band.getMinX(), band.getMinY(), band.getWidth(), band.getHeight(), null, 0, false, BAND_FILL));
            marks.add(new OverlayMarks.Box(crisp(band.getMinX()), crisp(band.getMinY()), band.getWidth(), band.getHeight(),
                    SELECTION, 1, false, null));
        }
        return marks;
    }

    /** A line from each frame's out-port (bottom right) to the next frame's in-port (top left) of its thread. */
    private void threadLinks(List<OverlayMarks.Mark> marks, Issue issue, Page page) {
        Set<String> stories = new LinkedHashSet<>();
        for (Frame f : page.frames()) {
            if (f.content() instanceof FrameContent.StoryText t) {
                stories.add(t.storyId());
            }
        }
        for (String storyId : stories) {
            List<Issue.PlacedFrame> thread = issue.threadOf(storyId);
            for (int i = 0; i + 1 < thread.size(); i++) {
                Issue.PlacedFrame from = thread.get(i);
                Issue.PlacedFrame to = thread.get(i + 1);
                boolean fromHere = from.pageNumber() == page.number();
                boolean toHere = to.pageNumber() == page.number();
                if (fromHere && toHere) {
                    Rectangle2D a = viewRect(FrameGeometry.rectOf(page, from.frame()));
                    Rectangle2D b = viewRect(FrameGeometry.rectOf(page, to.frame()));
                    marks.add(new OverlayMarks.Line(a.getMaxX() - 4, a.getMaxY() - 4, b.getMinX() + 4, b.getMinY() + 4, THREAD_LINK, 1.5));
                    marks.add(new OverlayMarks.Box(a.getMaxX() - 7, a.getMaxY() - 7, 6, 6, null, 0, false, THREAD_LINK));
                    marks.add(new OverlayMarks.Box(b.getMinX() + 1, b.getMinY() + 1, 6, 6, null, 0, false, THREAD_LINK));
                } else if (fromHere) {
                    Rectangle2D a = viewRect(FrameGeometry.rectOf(page, from.frame()));
                    marks.add(new OverlayMarks.Caption(format("threadTo", to.pageNumber()), a.getMaxX() - 2, a.getMaxY() + 2,
                            TextAlignment.RIGHT, THREAD_LINK));
                } else if (toHere) {
                    Rectangle2D b = viewRect(FrameGeometry.rectOf(page, to.frame()));
                    marks.add(new OverlayMarks.Caption(format("threadFrom", from.pageNumber()), b.getMinX() + 2, b.getMinY() - 12,
                            TextAlignment.LEFT, THREAD_LINK));
                }
            }
        }
    }

    /**
     * Overset and underset markers on the frames where each story ends, as labels (so that the desk — and a
     * test — can find them by id: {@code overset-<frameId>}, {@code underset-<frameId>}).
     */
    private void layoutMarkers(Optional<Page> shown, double vw, double vh) {
        List<Label> labels = new ArrayList<>();
        Optional<LaidOutIssue> layout = shownLayout();
        if (shown.isPresent() && layout.isPresent()) {
            Page page = shown.get();
            for (StoryReport report : layout.get().reports().values()) {
                if (report.lastFrameId() == null) {
                    continue;
                }
                Optional<Frame> frame = page.frame(report.lastFrameId());
                if (frame.isEmpty()) {
                    continue;
                }
                Rectangle2D r = viewRect(FrameGeometry.rectOf(page, frame.get()));
                if (report.isOverset()) {
                    Label l = marker("overset-" + frame.get().id(), "overset-marker",
                            "+" + report.oversetCharacters() + " 字 / +" + report.oversetLines() + " 行",
                            "-fx-background-color: #d01818; -fx-text-fill: white; -fx-padding: 1 4 1 4;"
                                    + " -fx-font-size: 11px; -fx-font-weight: bold; -fx-background-radius: 2;");
                    String tip = format("oversetTooltip", report.oversetCharacters(), report.oversetLines());
                    if (l.getTooltip() == null || !tip.equals(l.getTooltip().getText())) {
                        l.setTooltip(new Tooltip(tip));
                    }
                    l.setUserData(r);
                    labels.add(l);
                } else if (report.undersetLines() > 0) {
                    Label l = marker("underset-" + frame.get().id(), "underset-note", format("underset", report.undersetLines()),
                            "-fx-background-color: rgba(255,255,255,0.85); -fx-text-fill: #606060; -fx-padding: 0 3 0 3;"
                                    + " -fx-font-size: 10px; -fx-border-color: #a0a0a0; -fx-border-width: 0.5;");
                    l.setUserData(r);
                    labels.add(l);
                }
            }
        }
        if (!markers.getChildren().equals(labels)) {
            markers.getChildren().setAll(labels);
        }
        markerLabels.keySet().retainAll(labels.stream().map(Label::getId).toList());
        for (Label l : labels) {
            l.applyCss();
            placeAtBottomRight(l, (Rectangle2D) l.getUserData());
            // The viewport has no clip node (see the class comment): a marker that would stick out is hidden.
            l.setVisible(l.getLayoutX() >= 0 && l.getLayoutY() >= 0
                    && l.getLayoutX() + l.getWidth() <= vw && l.getLayoutY() + l.getHeight() <= vh);
        }
    }

    /** Marker labels are kept by id and reused: a drag step must not build and style new nodes. */
    private final java.util.Map<String, Label> markerLabels = new java.util.HashMap<>();

    private Label marker(String id, String styleClass, String text, String style) {
        Label l = markerLabels.computeIfAbsent(id, k -> {
            Label created = new Label();
            created.setId(k);
            created.getStyleClass().add(styleClass);
            created.setStyle(style);
            created.setManaged(false);
            created.setCache(true);
            return created;
        });
        if (!text.equals(l.getText())) {
            l.setText(text);
        }
        return l;
    }

    private static void placeAtBottomRight(Label label, Rectangle2D frame) {
        double w = label.prefWidth(-1);
        double h = label.prefHeight(-1);
        label.resizeRelocate(Math.round(frame.getMaxX() - w), Math.round(frame.getMaxY() - h), w, h);
    }

    private void drawRulers(Optional<Page> page, double vw, double vh) {
        GraphicsContext top = topRuler.getGraphicsContext2D();
        GraphicsContext left = leftRuler.getGraphicsContext2D();
        top.setFill(RULER_FILL);
        top.fillRect(0, 0, vw, RULER_SIZE);
        left.setFill(RULER_FILL);
        left.fillRect(0, 0, RULER_SIZE, vh);
        top.setStroke(RULER_INK);
        left.setStroke(RULER_INK);
        top.setLineWidth(1);
        left.setLineWidth(1);
        top.strokeLine(0, RULER_SIZE - 0.5, vw, RULER_SIZE - 0.5);
        left.strokeLine(RULER_SIZE - 0.5, 0, RULER_SIZE - 0.5, vh);
        if (page.isEmpty()) {
            return;
        }
        double pxPerMm = pixelsPerPoint() * 72 / 25.4;
        // Tick every mm when mm are at least 4 px apart, else every 5 or 10 mm; labels where they fit.
        int tick = pxPerMm >= 4 ? 1 : pxPerMm >= 0.8 ? 5 : 10;
        int labelEvery = pxPerMm * 10 >= 28 ? 10 : pxPerMm * 50 >= 28 ? 50 : 100;
        top.setFill(RULER_INK);
        left.setFill(RULER_INK);
        top.setFont(labelFont);
        left.setFont(labelFont);
        top.setTextBaseline(VPos.TOP);
        left.setTextBaseline(VPos.TOP);
        int firstX = (int) Math.floor(-originX / pxPerMm);
        int lastX = (int) Math.ceil((vw - originX) / pxPerMm);
        for (int mm = firstX - Math.floorMod(firstX, tick); mm <= lastX; mm += tick) {
            double xx = crisp(originX + mm * pxPerMm);
            double len = mm % 10 == 0 ? 8 : mm % 5 == 0 ? 5 : 3;
            top.strokeLine(xx, RULER_SIZE - len, xx, RULER_SIZE);
            if (mm % labelEvery == 0) {
                top.fillText(Integer.toString(mm), xx + 2, 1);
            }
        }
        int firstY = (int) Math.floor(-originY / pxPerMm);
        int lastY = (int) Math.ceil((vh - originY) / pxPerMm);
        for (int mm = firstY - Math.floorMod(firstY, tick); mm <= lastY; mm += tick) {
            double yy = crisp(originY + mm * pxPerMm);
            double len = mm % 10 == 0 ? 8 : mm % 5 == 0 ? 5 : 3;
            left.strokeLine(RULER_SIZE - len, yy, RULER_SIZE, yy);
            if (mm % labelEvery == 0) {
                left.save();
                left.translate(1, yy + 2);
                left.rotate(90);
                left.translate(0, -10);
                left.fillText(Integer.toString(mm), 0, 0);
                left.restore();
            }
        }
    }

    private String format(String key, Object... args) {
        return MessageFormat.format(texts.getString(key), args);
    }

    private static double crisp(double v) {
        return Math.round(v) + 0.5;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
