package dev.broadsheet.ui.canvas;

import atlantafx.base.controls.BehaviorBase;
import dev.broadsheet.edit.DeleteFramesCommand;
import dev.broadsheet.edit.EditCommand;
import dev.broadsheet.edit.GridSnapper;
import dev.broadsheet.edit.MoveFrameCommand;
import dev.broadsheet.edit.MoveFrameToPageCommand;
import dev.broadsheet.edit.PhotoCrop;
import dev.broadsheet.edit.PlacePhotoCommand;
import dev.broadsheet.edit.PlaceStoryCommand;
import dev.broadsheet.edit.ResizeFrameCommand;
import dev.broadsheet.edit.SetPhotoImageCommand;
import dev.broadsheet.edit.ThreadFrameCommand;
import dev.broadsheet.model.Frame;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.Photo;
import dev.broadsheet.typeset.PlacedItem;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Pane;

/**
 * What the mouse, the keyboard and drops do on a {@link PageCanvas}: select (click, Shift+click, rubber band),
 * move by dragging with live re-flow and snapping guides, resize by handles, arrow-key moves (one column
 * sideways, one grid line up or down, Shift for a quarter line), Delete, Ctrl+wheel zoom, and drops of a story
 * (from the story list) or a PNG/JPEG file. Every change is an undoable command on the session; during a drag
 * the canvas only previews it, and the command is executed once, on release.
 */
public class PageCanvasBehavior extends BehaviorBase<PageCanvas, PageCanvasSkin> {

    /** Pixels the mouse must travel before a press becomes a drag (a click must not nudge a frame). */
    static final double DRAG_THRESHOLD = 3;
    /** Pixels within which a dragged edge snaps to another frame's edge. */
    static final double SNAP_TOLERANCE_PX = 6;
    private static final ExecutorService IMAGE_IMPORTS = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "broadsheet-image-import");
        t.setDaemon(true);
        return t;
    });

    private sealed interface Gesture permits MoveGesture, ResizeGesture, BandGesture, PanGesture {
    }

    /**
     * Alt+drag inside a photo: the image slides inside its frame (the frame stays). {@code clip} is the image
     * area as composed (page points), {@code start} the photo's content when the drag began.
     */
    private static final class PanGesture implements Gesture {
        final double startX;
        final double startY;
        final Issue base;
        final int pageNumber;
        final String frameId;
        final FrameContent.PhotoImage start;
        final PlacedItem.PlacedImage clip;
        EditCommand command;

        PanGesture(double startX, double startY, Issue base, int pageNumber, String frameId,
                   FrameContent.PhotoImage start, PlacedItem.PlacedImage clip) {
            this.startX = startX;
            this.startY = startY;
            this.base = base;
            this.pageNumber = pageNumber;
            this.frameId = frameId;
            this.start = start;
            this.clip = clip;
        }
    }

    private static final class MoveGesture implements Gesture {
        final double startX;
        final double startY;
        final Issue base;
        final Page page;
        final Frame primary;
        final List<String> frameIds;
        boolean started;
        EditCommand command;

        MoveGesture(double startX, double startY, Issue base, Page page, Frame primary, List<String> frameIds) {
            this.startX = startX;
            this.startY = startY;
            this.base = base;
            this.page = page;
            this.primary = primary;
            this.frameIds = frameIds;
        }
    }

    private static final class ResizeGesture implements Gesture {
        final Issue base;
        final Page page;
        final Frame frame;
        final ResizeHandle handle;
        EditCommand command;

        ResizeGesture(Issue base, Page page, Frame frame, ResizeHandle handle) {
            this.base = base;
            this.page = page;
            this.frame = frame;
            this.handle = handle;
        }
    }

    private record BandGesture(double startX, double startY, Set<String> kept) implements Gesture {
    }

    private final EventHandler<MouseEvent> onPressed = this::mousePressed;
    private final EventHandler<MouseEvent> onDragged = this::mouseDragged;
    private final EventHandler<MouseEvent> onReleased = this::mouseReleased;
    private final EventHandler<MouseEvent> onMoved = this::mouseMoved;
    private final EventHandler<ScrollEvent> onScroll = this::scrolled;
    private final EventHandler<DragEvent> onDragOver = this::dragOver;
    private final EventHandler<DragEvent> onDragDropped = this::dragDropped;
    private final EventHandler<KeyEvent> onKeyPressed = this::keyPressed;

    private Gesture gesture;

    public PageCanvasBehavior(PageCanvas control, PageCanvasSkin skin) {
        super(control, skin);
    }

    void attach(Pane viewport) {
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, onPressed);
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, onDragged);
        viewport.addEventHandler(MouseEvent.MOUSE_RELEASED, onReleased);
        viewport.addEventHandler(MouseEvent.MOUSE_MOVED, onMoved);
        viewport.addEventHandler(ScrollEvent.SCROLL, onScroll);
        viewport.addEventHandler(DragEvent.DRAG_OVER, onDragOver);
        viewport.addEventHandler(DragEvent.DRAG_DROPPED, onDragDropped);
        getControl().addEventHandler(KeyEvent.KEY_PRESSED, onKeyPressed);
    }

    void detach(Pane viewport) {
        viewport.removeEventHandler(MouseEvent.MOUSE_PRESSED, onPressed);
        viewport.removeEventHandler(MouseEvent.MOUSE_DRAGGED, onDragged);
        viewport.removeEventHandler(MouseEvent.MOUSE_RELEASED, onReleased);
        viewport.removeEventHandler(MouseEvent.MOUSE_MOVED, onMoved);
        viewport.removeEventHandler(ScrollEvent.SCROLL, onScroll);
        viewport.removeEventHandler(DragEvent.DRAG_OVER, onDragOver);
        viewport.removeEventHandler(DragEvent.DRAG_DROPPED, onDragDropped);
        getControl().removeEventHandler(KeyEvent.KEY_PRESSED, onKeyPressed);
    }

    // ---- mouse

    private void mousePressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        PageCanvas control = getControl();
        control.requestFocus();
        Optional<Page> page = getSkin().shownPage();
        if (page.isEmpty() || control.getSession() == null) {
            return;
        }
        Issue base = control.getSession().issue();
        Optional<PageCanvasSkin.HandleHit> handle = getSkin().handleAt(e.getX(), e.getY());
        if (handle.isPresent() && !e.isShiftDown()) {
            Frame frame = page.get().frame(handle.get().frameId()).orElseThrow();
            gesture = new ResizeGesture(base, page.get(), frame, handle.get().handle());
            e.consume();
            return;
        }
        Optional<Frame> hit = getSkin().frameAt(e.getX(), e.getY());
        Set<String> selection = new LinkedHashSet<>(control.getSelectedFrameIds());
        Optional<PanGesture> pan = e.isAltDown() ? hit.flatMap(f -> panGesture(e, base, page.get(), f)) : Optional.empty();
        if (pan.isPresent()) {
            control.setSelectedFrameIds(Set.of(pan.get().frameId));
            gesture = pan.get();
        } else if (hit.isPresent()) {
            String id = hit.get().id();
            if (e.isShiftDown() || e.isShortcutDown()) {
                if (!selection.remove(id)) {
                    selection.add(id);
                }
                control.setSelectedFrameIds(selection);
                gesture = null;
            } else {
                if (!selection.contains(id)) {
                    selection = Set.of(id);
                    control.setSelectedFrameIds(selection);
                }
                gesture = new MoveGesture(e.getX(), e.getY(), base, page.get(), hit.get(), List.copyOf(selection));
            }
        } else {
            Set<String> kept = e.isShiftDown() || e.isShortcutDown() ? selection : Set.of();
            control.setSelectedFrameIds(kept);
            gesture = new BandGesture(e.getX(), e.getY(), kept);
        }
        e.consume();
    }

    private void mouseDragged(MouseEvent e) {
        if (gesture instanceof MoveGesture move) {
            showDropTarget(move.started ? dropTargetAt(e.getSceneX(), e.getSceneY()) : Optional.empty());
            dragMove(move, e.getX(), e.getY());
        } else if (gesture instanceof ResizeGesture resize) {
            dragResize(resize, e.getX(), e.getY());
        } else if (gesture instanceof PanGesture pan) {
            dragPan(pan, e.getX(), e.getY());
        } else if (gesture instanceof BandGesture band) {
            Rectangle2D rect = rect(band.startX(), band.startY(), e.getX(), e.getY());
            getSkin().showBand(rect);
            Set<String> selection = new LinkedHashSet<>(band.kept());
            selection.addAll(getSkin().framesIn(rect));
            getControl().setSelectedFrameIds(selection);
        }
        e.consume();
    }

    private void mouseReleased(MouseEvent e) {
        Gesture finished = gesture;
        gesture = null;
        showDropTarget(Optional.empty());
        if (finished instanceof MoveGesture move) {
            Optional<Integer> otherPage = move.started ? pageDroppedOn(e.getSceneX(), e.getSceneY()) : Optional.empty();
            if (otherPage.isPresent() && otherPage.get() != move.page.number()) {
                getSkin().clearPreview();
                getControl().execute(new MoveFrameToPageCommand(move.page.number(), move.frameIds, otherPage.get()));
            } else {
                commit(move.command);
            }
        } else if (finished instanceof ResizeGesture resize) {
            commit(resize.command);
        } else if (finished instanceof PanGesture pan) {
            commit(pan.command);
        } else if (finished instanceof BandGesture) {
            getSkin().showBand(null);
        }
        e.consume();
    }

    /**
     * The page of the node under a scene point that takes dropped frames ({@link PageCanvas#DROP_PAGE_KEY}: a
     * page thumbnail), if the frames were dragged out of the canvas onto one. The scene is searched rather than
     * the event's pick, because the pressed viewport keeps the mouse for the whole drag.
     */
    private Optional<Integer> pageDroppedOn(double sceneX, double sceneY) {
        return dropTargetAt(sceneX, sceneY).map(node -> (Integer) node.getProperties().get(PageCanvas.DROP_PAGE_KEY));
    }

    /** The node (a page thumbnail) that would take the frames let go at a scene point outside the canvas. */
    private Optional<Node> dropTargetAt(double sceneX, double sceneY) {
        Scene scene = getControl().getScene();
        if (scene == null || getSkin().viewport().localToScene(getSkin().viewport().getLayoutBounds()).contains(sceneX, sceneY)) {
            return Optional.empty();
        }
        return dropTargetIn(scene.getRoot(), sceneX, sceneY);
    }

    private static Optional<Node> dropTargetIn(Node node, double sceneX, double sceneY) {
        if (!node.isVisible() || !node.localToScene(node.getLayoutBounds()).contains(sceneX, sceneY)) {
            return Optional.empty();
        }
        if (node.getProperties().get(PageCanvas.DROP_PAGE_KEY) instanceof Integer) {
            return Optional.of(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> target = dropTargetIn(child, sceneX, sceneY);
                if (target.isPresent()) {
                    return target;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Marks the thumbnail the dragged frames would move to (pseudo-class {@code :drop-target}), so the editor sees
     * where letting go takes them before doing it; none while over the canvas.
     */
    private void showDropTarget(Optional<Node> target) {
        Node now = target.orElse(null);
        if (now != dropTarget) {
            if (dropTarget != null) {
                dropTarget.pseudoClassStateChanged(DROP_TARGET, false);
            }
            if (now != null) {
                now.pseudoClassStateChanged(DROP_TARGET, true);
            }
            dropTarget = now;
        }
    }

    /** The page-thumbnail state while frames dragged from the canvas are over it. */
    public static final javafx.css.PseudoClass DROP_TARGET = javafx.css.PseudoClass.getPseudoClass("drop-target");
    private Node dropTarget;

    private void mouseMoved(MouseEvent e) {
        Optional<PageCanvasSkin.HandleHit> handle = getSkin().handleAt(e.getX(), e.getY());
        Cursor cursor = handle.map(h -> h.handle().cursor)
                .orElseGet(() -> getSkin().frameAt(e.getX(), e.getY()).isPresent() ? Cursor.MOVE : Cursor.DEFAULT);
        getSkin().viewport().setCursor(cursor);
    }

    private void dragMove(MoveGesture move, double x, double y) {
        if (!move.started && Math.hypot(x - move.startX, y - move.startY) < DRAG_THRESHOLD) {
            return;
        }
        move.started = true;
        PageCanvasSkin skin = getSkin();
        Point2D from = skin.viewToPage(move.startX, move.startY);
        Point2D to = skin.viewToPage(x, y);
        GridSnapper snapper = new GridSnapper(move.page);
        Frame primary = move.primary;
        int column = snapper.clampColumn(primary.firstColumn()
                + (int) Math.round((to.getX() - from.getX()) / snapper.columnPitch()), primary.columnSpan());
        Set<String> ignored = Set.copyOf(move.frameIds);
        GridSnapper.VerticalSnap snap = snapper.snapMove(primary.top().toPoints() + to.getY() - from.getY(),
                primary.depth().toPoints(), SNAP_TOLERANCE_PX / skin.pixelsPerPoint(), ignored);
        MoveFrameCommand command = new MoveFrameCommand(move.page.number(), move.frameIds,
                column - primary.firstColumn(), Length.pt(snap.top() - primary.top().toPoints()));
        if (command.equals(move.command)) {
            return;
        }
        move.command = command;
        List<GridSnapper.Guide> guides = new ArrayList<>(snap.guides());
        guides.addAll(snapper.columnGuides(column, primary.columnSpan(), ignored));
        preview(move.base, command, guides);
    }

    private void dragResize(ResizeGesture resize, double x, double y) {
        PageCanvasSkin skin = getSkin();
        Point2D p = skin.viewToPage(x, y);
        GridSnapper snapper = new GridSnapper(resize.page);
        Frame f = resize.frame;
        ResizeHandle h = resize.handle;
        int first = f.firstColumn();
        int span = f.columnSpan();
        double top = f.top().toPoints();
        double bottom = top + f.depth().toPoints();
        double tolerance = SNAP_TOLERANCE_PX / skin.pixelsPerPoint();
        Set<String> ignored = Set.of(f.id());
        List<GridSnapper.Guide> guides = new ArrayList<>();
        if (h.left) {
            int end = first + span;
            int newFirst = Math.min(snapper.nearestColumn(p.getX(), 1), end - 1);
            span = end - newFirst;
            first = newFirst;
        }
        if (h.right) {
            span = snapper.spanToRightEdge(first, p.getX());
        }
        if (h.top) {
            GridSnapper.VerticalSnap snap = snapper.snapEdge(snapper.topOf(p.getY()), tolerance, ignored);
            top = Math.min(snap.top(), bottom - snapper.linePitch());
            guides.addAll(snap.guides());
        }
        if (h.bottom) {
            GridSnapper.VerticalSnap snap = snapper.snapEdge(snapper.topOf(p.getY()), tolerance, ignored);
            bottom = Math.max(snap.top(), top + snapper.linePitch());
            guides.addAll(snap.guides());
        }
        if (h.left || h.right) {
            guides.addAll(snapper.columnGuides(first, span, ignored));
        }
        ResizeFrameCommand command = new ResizeFrameCommand(resize.page.number(), f.id(), first, span,
                Length.pt(Math.max(0, top)), Length.pt(Math.max(snapper.linePitch(), bottom - top)));
        if (command.equals(resize.command)) {
            return;
        }
        resize.command = command;
        preview(resize.base, command, guides);
    }

    /** A pan of the photo under the mouse, when the press is inside its image area (not on its caption). */
    private Optional<PanGesture> panGesture(MouseEvent e, Issue base, Page page, Frame frame) {
        if (!(frame.content() instanceof FrameContent.PhotoImage photo)) {
            return Optional.empty();
        }
        Point2D p = getSkin().viewToPage(e.getX(), e.getY());
        return getSkin().placedImage(frame.id())
                .filter(clip -> p.getX() >= clip.clipX() && p.getX() <= clip.clipX() + clip.clipWidth()
                        && p.getY() >= clip.clipY() && p.getY() <= clip.clipY() + clip.clipHeight())
                .map(clip -> new PanGesture(e.getX(), e.getY(), base, page.number(), frame.id(), photo, clip));
    }

    private void dragPan(PanGesture pan, double x, double y) {
        double ppt = getSkin().pixelsPerPoint();
        EditCommand command = PhotoCrop.panBy(pan.pageNumber, pan.frameId, pan.start, pan.clip.clipWidth(),
                pan.clip.clipHeight(), (x - pan.startX) / ppt, (y - pan.startY) / ppt);
        if (command.equals(pan.command)) {
            return;
        }
        pan.command = command;
        preview(pan.base, command, List.of());
    }

    /**
     * Alt+wheel over a photo crops: the image is enlarged (or reduced, down to filling the frame) inside its
     * frame around the point under the mouse, one undoable step per wheel notch.
     */
    private boolean cropByWheel(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return false;
        }
        Optional<Frame> hit = getSkin().frameAt(e.getX(), e.getY());
        if (hit.isEmpty() || !(hit.get().content() instanceof FrameContent.PhotoImage photo)) {
            return false;
        }
        Optional<PlacedItem.PlacedImage> clip = getSkin().placedImage(hit.get().id());
        if (clip.isEmpty()) {
            return false;
        }
        Point2D p = getSkin().viewToPage(e.getX(), e.getY());
        PlacedItem.PlacedImage area = clip.get();
        EditCommand command = PhotoCrop.zoomAround(getControl().getPageNumber(), hit.get().id(), photo, area.clipX(),
                area.clipY(), area.clipWidth(), area.clipHeight(),
                e.getDeltaY() > 0 ? PhotoCrop.WHEEL_STEP : 1 / PhotoCrop.WHEEL_STEP, p.getX(), p.getY());
        getControl().setSelectedFrameIds(Set.of(hit.get().id()));
        getControl().execute(command);
        return true;
    }

    private void preview(Issue base, EditCommand command, List<GridSnapper.Guide> guides) {
        try {
            getSkin().showPreview(command.apply(base), guides);
        } catch (IllegalArgumentException refused) {
            getControl().showMessage(command.name() + ": " + refused.getMessage());
        }
    }

    private void commit(EditCommand command) {
        boolean previewed = getSkin().hasPreview();
        getSkin().clearPreview();
        if (command != null && previewed) {
            getControl().execute(command);
        }
    }

    /** Drops a drag in progress without changing anything (Escape). */
    void cancelGesture() {
        gesture = null;
        getSkin().showBand(null);
        getSkin().clearPreview();
    }

    // ---- wheel

    private void scrolled(ScrollEvent e) {
        if (e.isAltDown() && cropByWheel(e)) {
            e.consume();
            return;
        }
        if (e.isControlDown() || e.isShortcutDown()) {
            if (e.getDeltaY() != 0) {
                getSkin().zoomAround(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15, e.getX(), e.getY());
            }
        } else if (e.isShiftDown() && e.getDeltaX() == 0) {
            getSkin().scrollBy(-e.getDeltaY(), 0);
        } else {
            getSkin().scrollBy(-e.getDeltaX(), -e.getDeltaY());
        }
        e.consume();
    }

    // ---- keyboard

    private void keyPressed(KeyEvent e) {
        PageCanvas control = getControl();
        Optional<Page> page = control.page();
        if (page.isEmpty()) {
            return;
        }
        List<String> selected = List.copyOf(control.getSelectedFrameIds());
        GridSnapper snapper = new GridSnapper(page.get());
        double vertical = e.isShiftDown() ? snapper.fineStep() : snapper.linePitch();
        switch (e.getCode()) {
            case LEFT, KP_LEFT -> moveSelection(e, page.get(), selected, -1, 0);
            case RIGHT, KP_RIGHT -> moveSelection(e, page.get(), selected, 1, 0);
            case UP, KP_UP -> moveSelection(e, page.get(), selected, 0, -vertical);
            case DOWN, KP_DOWN -> moveSelection(e, page.get(), selected, 0, vertical);
            case DELETE, BACK_SPACE -> {
                if (!selected.isEmpty()) {
                    control.execute(new DeleteFramesCommand(page.get().number(), selected));
                    e.consume();
                }
            }
            case ESCAPE -> {
                if (gesture != null || getSkin().hasPreview()) {
                    cancelGesture();
                } else {
                    control.setSelectedFrameIds(Set.of());
                }
                e.consume();
            }
            default -> {
            }
        }
    }

    private void moveSelection(KeyEvent e, Page page, List<String> selected, int columns, double points) {
        if (selected.isEmpty() || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        getControl().execute(new MoveFrameCommand(page.number(), selected, columns, Length.pt(points)));
        e.consume();
    }

    // ---- drops

    private void dragOver(DragEvent e) {
        Dragboard board = e.getDragboard();
        if (board != null && (board.hasContent(PageCanvas.STORY_ID_FORMAT) || imageFile(board).isPresent())) {
            e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
        }
        e.consume();
    }

    private void dragDropped(DragEvent e) {
        Dragboard board = e.getDragboard();
        boolean done = false;
        if (board != null && board.hasContent(PageCanvas.STORY_ID_FORMAT)) {
            Object storyId = board.getContent(PageCanvas.STORY_ID_FORMAT);
            done = storyId != null && dropStory(storyId.toString(), e.getX(), e.getY());
        } else if (board != null) {
            Optional<Path> file = imageFile(board);
            if (file.isPresent()) {
                dropImage(file.get(), e.getX(), e.getY());
                done = true;
            }
        }
        e.setDropCompleted(done);
        e.consume();
    }

    private static Optional<Path> imageFile(Dragboard board) {
        if (!board.hasFiles()) {
            return Optional.empty();
        }
        return board.getFiles().stream().map(File::toPath).filter(CopyIntoIssueFolder::isImageFile).findFirst();
    }

    /**
     * A story dropped at a viewport point: placed in a new frame there, or — when it is placed already —
     * continued in a new frame there. The new frame is selected.
     */
    boolean dropStory(String storyId, double viewX, double viewY) {
        PageCanvas control = getControl();
        Optional<Page> page = control.page();
        if (page.isEmpty()) {
            return false;
        }
        Issue issue = control.getSession().issue();
        if (issue.story(storyId).isEmpty()) {
            control.showMessage("no story '" + storyId + "' in this issue");
            return false;
        }
        Point2D p = getSkin().viewToPage(viewX, viewY);
        EditCommand command;
        String frameId;
        if (issue.threadOf(storyId).isEmpty()) {
            PlaceStoryCommand place = PlaceStoryCommand.droppedAt(issue, storyId, page.get().number(), p.getX(), p.getY());
            command = place;
            frameId = place.frameId();
        } else {
            ThreadFrameCommand thread = ThreadFrameCommand.droppedAt(issue, storyId, page.get().number(), p.getX(), p.getY());
            command = thread;
            frameId = thread.frameId();
        }
        if (control.execute(command)) {
            control.setSelectedFrameIds(Set.of(frameId));
            control.requestFocus();
            return true;
        }
        return false;
    }

    /**
     * An image file dropped at a viewport point: imported (in the background) and then shown in the photo frame
     * under the point, or placed in a new photo frame there.
     */
    void dropImage(Path file, double viewX, double viewY) {
        PageCanvas control = getControl();
        Optional<Page> page = control.page();
        ImageImporter importer = control.getImageImporter();
        if (page.isEmpty() || importer == null) {
            return;
        }
        int pageNumber = page.get().number();
        Point2D p = getSkin().viewToPage(viewX, viewY);
        Optional<String> targetPhoto = getSkin().frameAt(viewX, viewY)
                .filter(f -> f.content() instanceof FrameContent.PhotoImage)
                .map(f -> ((FrameContent.PhotoImage) f.content()).photoId());
        CompletableFuture.supplyAsync(() -> {
            try {
                return importer.importImage(file);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }, IMAGE_IMPORTS).whenComplete((path, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                control.showMessage("cannot add " + file.getFileName() + ": " + cause.getMessage());
                return;
            }
            if (targetPhoto.isPresent()) {
                control.execute(new SetPhotoImageCommand(targetPhoto.get(), path));
                return;
            }
            Issue issue = control.getSession().issue();
            Photo photo = new Photo(PlacePhotoCommand.freshPhotoId(issue), path, "", "", "");
            PlacePhotoCommand place = PlacePhotoCommand.droppedAt(issue, photo, pageNumber, p.getX(), p.getY());
            if (control.execute(place)) {
                control.setSelectedFrameIds(Set.of(place.frameId()));
            }
        }));
    }

    private static Rectangle2D rect(double x1, double y1, double x2, double y2) {
        return new Rectangle2D(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    }
}
