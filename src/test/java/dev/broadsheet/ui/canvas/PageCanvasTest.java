package dev.broadsheet.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.bench.EditorReferencePage;
import dev.broadsheet.edit.DocumentSession;
import dev.broadsheet.edit.FrameGeometry;
import dev.broadsheet.edit.FrameRect;
import dev.broadsheet.edit.GridSnapper;
import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.model.Frame;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.HeadlineDeck;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;
import dev.broadsheet.typeset.IssueComposer;
import java.awt.image.BufferedImage;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The page canvas alone, on the reference page composed by the real IssueComposer, driven by the robot: drag, keys, handles, markers, drops,
 * undo and redo. Frames of the reference page: f3 holds story S2 (columns 4–5, from line 22, 22 lines deep).
 */
@ExtendWith(ApplicationExtension.class)
class PageCanvasTest {

    private static final int PAGE = 5;
    private PageCanvas canvas;
    private DocumentSession session;
    private Issue start;

    @Start
    void start(Stage stage) {
        BundledFonts fonts = BundledFonts.shared();
        Story unplaced = new Story("S8", "extra", null, HeadlineDeck.of(null, "新增稿件", null), null,
                List.of(new StorySection(null, List.of(Paragraph.of("一篇还没有排上版面的短稿。")))));
        start = EditorReferencePage.issue().withStory(unplaced);
        session = new DocumentSession(start);
        canvas = new PageCanvas(fonts, new IssueComposer(fonts)::compose);
        canvas.setSession(session);
        canvas.setPageNumber(PAGE);
        stage.setScene(new Scene(new BorderPane(canvas), 1000, 760));
        stage.show();
    }

    /**
     * Leaves the headless toolkit as it found it for the next test class in this JVM: the window hidden, no key or
     * button held, and Monocle's remembered drag window forgotten (its next drag-and-drop would otherwise first
     * "leave" this window and fail; test-only reflection into the headless glass port).
     */
    @AfterAll
    static void leaveTheToolkitClean() throws Exception {
        FxRobot robot = new FxRobot();
        robot.release(new KeyCode[0]);
        robot.release(new MouseButton[0]);
        robot.interact(() -> {
            for (Window window : new ArrayList<>(Window.getWindows())) {
                window.hide();
            }
            try {
                Class<?> mouseInput = Class.forName("com.sun.glass.ui.monocle.MouseInput");
                Method getInstance = mouseInput.getDeclaredMethod("getInstance");
                getInstance.setAccessible(true);
                Object instance = getInstance.invoke(null);
                Field dragView = mouseInput.getDeclaredField("dragView");
                dragView.setAccessible(true);
                dragView.set(instance, null);
                Field dragInProgress = mouseInput.getDeclaredField("dragInProgress");
                dragInProgress.setAccessible(true);
                dragInProgress.set(instance, false);
            } catch (ReflectiveOperationException | RuntimeException notMonocle) {
                // a visible display: nothing to forget
            }
        });
    }

    private PageCanvasSkin skin() {
        return (PageCanvasSkin) canvas.getSkin();
    }

    private Page page() {
        return session.issue().page(PAGE).orElseThrow();
    }

    private Frame frame(String id) {
        return page().frame(id).orElseThrow();
    }

    /** The screen point of a page point (in points). */
    private Point2D screen(double pageX, double pageY) {
        Point2D view = skin().pageToView(pageX, pageY);
        return skin().viewport().localToScreen(view);
    }

    private Point2D centreOf(String frameId) {
        FrameRect r = FrameGeometry.rectOf(page(), frame(frameId));
        return screen(r.x() + r.width() / 2, r.y() + r.height() / 2);
    }

    private Point2D bottomHandleOf(String frameId) {
        FrameRect r = FrameGeometry.rectOf(page(), frame(frameId));
        return screen(r.x() + r.width() / 2, r.bottom());
    }

    private boolean hasNode(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).tryQuery().isPresent();
    }

    @Test
    void draggingAFrameMovesItByWholeColumnsAndGridLines(FxRobot robot) {
        GridSnapper snapper = new GridSnapper(page());
        Frame before = frame("f3");
        Point2D from = centreOf("f3");
        double ppt = skin().pixelsPerPoint();
        Point2D to = from.add(snapper.columnPitch() * ppt, 2 * snapper.linePitch() * ppt);

        robot.drag(from, MouseButton.PRIMARY).dropTo(to);
        WaitForAsyncUtils.waitForFxEvents();

        Frame after = frame("f3");
        assertThat(after.firstColumn()).isEqualTo(before.firstColumn() + 1);
        assertThat(after.top().toPoints()).isEqualTo(before.top().toPoints() + 2 * snapper.linePitch());
        assertThat(canvas.getSelectedFrameIds()).containsExactly("f3");
        assertThat(session.undoName()).contains("Move frame");
        assertThat(skin().hasPreview()).as("the drag preview is gone").isFalse();
    }

    /**
     * A move repaints only the damaged rectangles, copying the moved frame's kept image: the canvas must then
     * show exactly what a repaint of everything shows (no trace of the old place, no missing grid or outline).
     */
    @Test
    void aMoveRepaintsOnlyTheDamageAndTheResultEqualsAFullRepaint(FxRobot robot) {
        robot.clickOn(centreOf("f3"));
        int imagesBefore = skin().frameImagesDrawn();
        Frame before = frame("f3");

        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.RIGHT);
        assertThat(frame("f3").firstColumn()).isEqualTo(before.firstColumn() + 1);
        assertThat(skin().frameImagesDrawn()).as("the moved frame's image is reused, not drawn again").isEqualTo(imagesBefore);
        int[] repainted = contentPixels(robot);

        robot.interact(() -> skin().repaintAll());
        int[] full = contentPixels(robot);
        assertThat(differingPixels(repainted, full)).as("pixels where the partial repaint differs from a full one").isEmpty();
    }

    /** Where two same-sized canvas shots differ, as "x,y" of the first few pixels (an empty list when equal). */
    private List<String> differingPixels(int[] a, int[] b) {
        int width = (int) robotLookupContentWidth();
        List<String> where = new ArrayList<>();
        for (int i = 0; i < a.length && where.size() < 10; i++) {
            if (a[i] != b[i]) {
                where.add((i % width) + "," + (i / width) + ": " + Integer.toHexString(a[i]) + " vs " + Integer.toHexString(b[i]));
            }
        }
        return where;
    }

    private double robotLookupContentWidth() {
        return ((javafx.scene.canvas.Canvas) canvas.lookup("#page-canvas-content")).getWidth();
    }

    private int contentPixel(FxRobot robot, Point2D view) {
        int width = (int) robotLookupContentWidth();
        return contentPixels(robot)[(int) view.getY() * width + (int) view.getX()];
    }

    private int[] contentPixels(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.canvas.Canvas content = robot.lookup("#page-canvas-content").queryAs(javafx.scene.canvas.Canvas.class);
        int[][] pixels = new int[1][];
        robot.interact(() -> {
            canvas.applyCss();
            canvas.layout();
            javafx.scene.image.WritableImage shot = content.snapshot(null, null);
            int w = (int) shot.getWidth();
            int h = (int) shot.getHeight();
            pixels[0] = new int[w * h];
            shot.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), pixels[0], 0, w);
        });
        return pixels[0];
    }

    /**
     * Alt+wheel crops into photo f2 around the mouse and Alt+drag pans the image inside the frame (the frame stays);
     * each is undoable. The held Alt is a synthetic event's flag: Monocle's robot does not hold modifiers for the
     * mouse reliably, and the events reach the same handlers.
     */
    @Test
    void altWheelCropsAPhotoAndAltDragPansItInsideItsFrameUndoably(FxRobot robot) {
        Frame frameBefore = frame("f2");
        dev.broadsheet.typeset.PlacedItem.PlacedImage area = placedImage("f2");
        Point2D centre = skin().pageToView(area.clipX() + area.clipWidth() / 2, area.clipY() + area.clipHeight() / 2);

        robot.interact(() -> altScroll(centre, 40));
        FrameContent.PhotoImage cropped = photo("f2");
        assertThat(cropped.fit()).isEqualTo(dev.broadsheet.model.ImageFit.CROP);
        assertThat(cropped.scale()).isEqualTo(dev.broadsheet.edit.PhotoCrop.WHEEL_STEP);
        assertThat(cropped.panX().toPoints()).as("cropped around the centre").isNegative();
        assertThat(canvas.getSelectedFrameIds()).containsExactly("f2");

        double ppt = skin().pixelsPerPoint();
        robot.interact(() -> {
            altMouse(javafx.scene.input.MouseEvent.MOUSE_PRESSED, centre);
            altMouse(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, centre.add(2 * ppt, 0));
            altMouse(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, centre.add(5 * ppt, 3 * ppt));
            assertThat(skin().hasPreview()).as("the image follows the mouse before the release").isTrue();
            altMouse(javafx.scene.input.MouseEvent.MOUSE_RELEASED, centre.add(5 * ppt, 3 * ppt));
        });
        FrameContent.PhotoImage panned = photo("f2");
        assertThat(panned.panX().toPoints()).isEqualTo(cropped.panX().toPoints() + 5, org.assertj.core.api.Assertions.offset(0.01));
        assertThat(panned.panY().toPoints()).isEqualTo(cropped.panY().toPoints() + 3, org.assertj.core.api.Assertions.offset(0.01));
        assertThat(panned.scale()).isEqualTo(cropped.scale());
        Frame frameAfter = frame("f2");
        assertThat(frameAfter.withContent(frameBefore.content())).as("the frame itself did not move").isEqualTo(frameBefore);
        dev.broadsheet.typeset.PlacedItem.PlacedImage shown = placedImage("f2");
        assertThat(shown.imageX()).isEqualTo(area.clipX() + panned.panX().toPoints(), org.assertj.core.api.Assertions.offset(0.01));

        robot.interact(session::undo);
        assertThat(photo("f2")).isEqualTo(cropped);
        robot.interact(session::undo);
        assertThat(session.issue()).isEqualTo(start);
    }

    private FrameContent.PhotoImage photo(String frameId) {
        return (FrameContent.PhotoImage) frame(frameId).content();
    }

    private dev.broadsheet.typeset.PlacedItem.PlacedImage placedImage(String frameId) {
        return canvas.laidOutPage().orElseThrow().items().stream()
                .filter(i -> i instanceof dev.broadsheet.typeset.PlacedItem.PlacedImage image && image.frameId().equals(frameId))
                .map(i -> (dev.broadsheet.typeset.PlacedItem.PlacedImage) i).findFirst().orElseThrow();
    }

    /** A primary-button mouse event with Alt held, at a viewport point. */
    private void altMouse(javafx.event.EventType<javafx.scene.input.MouseEvent> type, Point2D inViewport) {
        Point2D scene = skin().viewport().localToScene(inViewport);
        Point2D screen = skin().viewport().localToScreen(inViewport);
        boolean down = type != javafx.scene.input.MouseEvent.MOUSE_RELEASED;
        javafx.event.Event.fireEvent(skin().viewport(), new javafx.scene.input.MouseEvent(type, scene.getX(), scene.getY(),
                screen.getX(), screen.getY(), MouseButton.PRIMARY, 1, false, false, true, false, down, false, false,
                true, false, false, null));
    }

    private void altScroll(Point2D inViewport, double deltaY) {
        Point2D scene = skin().viewport().localToScene(inViewport);
        Point2D screen = skin().viewport().localToScreen(inViewport);
        javafx.event.Event.fireEvent(skin().viewport(), new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL,
                scene.getX(), scene.getY(), screen.getX(), screen.getY(), false, false, true, false, false, false,
                0, deltaY, 0, deltaY, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
    }

    @Test
    void arrowKeysMoveTheSelectionByAColumnOrALineAndShiftByAQuarterLine(FxRobot robot) {
        robot.clickOn(centreOf("f3"));
        assertThat(canvas.getSelectedFrameIds()).containsExactly("f3");
        Frame before = frame("f3");
        double pitch = new GridSnapper(page()).linePitch();

        robot.type(KeyCode.LEFT);
        assertThat(frame("f3").firstColumn()).isEqualTo(before.firstColumn() - 1);
        robot.type(KeyCode.DOWN);
        assertThat(frame("f3").top().toPoints()).isEqualTo(before.top().toPoints() + pitch);
        robot.press(KeyCode.SHIFT).type(KeyCode.UP).release(KeyCode.SHIFT);
        assertThat(frame("f3").top().toPoints()).isEqualTo(before.top().toPoints() + pitch * 0.75);
        robot.type(KeyCode.RIGHT);
        assertThat(frame("f3").firstColumn()).isEqualTo(before.firstColumn());
        assertThat(session.undoHistory()).hasSize(4);
    }

    @Test
    void resizingByTheBottomHandleMakesTheOversetMarkerAppearAndDisappear(FxRobot robot) {
        robot.clickOn(centreOf("f3"));
        double ppt = skin().pixelsPerPoint();
        double pitch = new GridSnapper(page()).linePitch();

        // Enlarge: S2 fits, with empty lines left over.
        robot.drag(bottomHandleOf("f3"), MouseButton.PRIMARY).dropTo(bottomHandleOf("f3").add(0, 20 * pitch * ppt));
        assertThat(frame("f3").depth().toPoints()).isEqualTo(42 * pitch);
        assertThat(hasNode(robot, "#overset-f3")).isFalse();
        assertThat(hasNode(robot, "#underset-f3")).isTrue();

        // Shrink to 8 lines: no longer fits.
        robot.drag(bottomHandleOf("f3"), MouseButton.PRIMARY).dropTo(bottomHandleOf("f3").add(0, -34 * pitch * ppt));
        assertThat(frame("f3").depth().toPoints()).isEqualTo(8 * pitch);
        assertThat(hasNode(robot, "#overset-f3")).isTrue();
        Label marker = robot.lookup("#overset-f3").queryAs(Label.class);
        assertThat(marker.getText()).matches("\\+\\d+ 字 / \\+\\d+ 行");
        assertThat(canvas.getLaidOutIssue().reports().get("S2").oversetCharacters()).isPositive();

        // Undo the shrink: the marker goes again.
        robot.interact(session::undo);
        assertThat(hasNode(robot, "#overset-f3")).isFalse();
    }

    @Test
    void aStoryDroppedOnThePageLandsInANewFrameOnTheGrid(FxRobot robot) {
        Page page = page();
        double x = page.grid().columnLeftPt(page.size(), 2) + 5;
        double y = FrameGeometry.typeAreaTop(page) + 60 * 12.5 + 3;
        // Monocle cannot run a drag-and-drop loop: the same handlers get a synthetic drop (see SyntheticDrops).
        robot.interact(() -> SyntheticDrops.drop(skin().viewport(), skin().pageToView(x, y),
                Map.of(PageCanvas.STORY_ID_FORMAT, "S8")));
        WaitForAsyncUtils.waitForFxEvents();

        List<Issue.PlacedFrame> thread = session.issue().threadOf("S8");
        assertThat(thread).hasSize(1);
        Frame placed = thread.get(0).frame();
        assertThat(placed.firstColumn()).isEqualTo(2);
        assertThat(placed.top().toPoints()).isEqualTo(60 * 12.5);
        assertThat(((FrameContent.StoryText) placed.content()).deck()).isEqualTo(dev.broadsheet.model.DeckPlacement.ABOVE_TEXT);
        assertThat(canvas.getSelectedFrameIds()).containsExactly(placed.id());
    }

    @Test
    void anImageFileDroppedOnAPhotoFrameIsCopiedIntoTheIssueAndShownThere(FxRobot robot, @TempDir Path temp) throws Exception {
        Path issueFolder = Files.createDirectories(temp.resolve("issue"));
        Path picture = temp.resolve("车队.png");
        BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", picture.toFile());
        robot.interact(() -> canvas.setIssueFolder(issueFolder));
        FrameRect photo = FrameGeometry.rectOf(page(), frame("f2"));

        robot.interact(() -> SyntheticDrops.drop(skin().viewport(),
                skin().pageToView(photo.x() + 20, photo.y() + 20), Map.of(DataFormat.FILES, List.of(picture.toFile()))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> session.issue().photo("P1").orElseThrow().imagePath().endsWith("车队.png"));

        assertThat(session.issue().photo("P1").orElseThrow().imagePath()).isEqualTo("images/车队.png");
        assertThat(issueFolder.resolve("images/车队.png")).exists();
        assertThat(session.undoName()).contains("Set photo image");
        // The (black) picture loads in the background and then replaces the grey placeholder on the canvas; the
        // point is off the placeholder's diagonals.
        dev.broadsheet.typeset.PlacedItem.PlacedImage area = placedImage("f2");
        Point2D inPhoto = skin().pageToView(area.clipX() + area.clipWidth() / 4, area.clipY() + area.clipHeight() / 2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> contentPixel(robot, inPhoto) == 0xff000000);

        // Dropped on a story frame: a new photo in a new frame there.
        FrameRect story = FrameGeometry.rectOf(page(), frame("f5"));
        robot.interact(() -> SyntheticDrops.drop(skin().viewport(),
                skin().pageToView(story.x() + 5, story.y() + 5), Map.of(DataFormat.FILES, List.of(picture.toFile()))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> session.issue().photos().size() == 3);
        assertThat(session.issue().photos().get(2).imagePath()).isEqualTo("images/车队-2.png");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.getSelectedFrameIds()).hasSize(1);
    }

    @Test
    void aRubberBandSelectsTheFramesItTouchesAndShiftClickAddsOne(FxRobot robot) {
        FrameRect f5 = FrameGeometry.rectOf(page(), frame("f5"));
        // from the pasteboard left of the page, across f5 and f6 (row of lines 44–78)
        robot.drag(screen(-10, f5.y() + 20), MouseButton.PRIMARY).dropTo(screen(f5.right() + 60, f5.y() + 40));
        assertThat(canvas.getSelectedFrameIds()).containsExactlyInAnyOrder("f5", "f6");
        robot.press(KeyCode.SHIFT).clickOn(centreOf("f3")).release(KeyCode.SHIFT);
        assertThat(canvas.getSelectedFrameIds()).containsExactlyInAnyOrder("f3", "f5", "f6");
        robot.type(KeyCode.ESCAPE);
        assertThat(canvas.getSelectedFrameIds()).isEmpty();
    }

    @Test
    void undoAndRedoWalkBackToTheStartAndForwardAgain(FxRobot robot) {
        robot.clickOn(centreOf("f3"));
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.DOWN);
        robot.drag(bottomHandleOf("f3"), MouseButton.PRIMARY).dropTo(bottomHandleOf("f3").add(0, 40));
        robot.type(KeyCode.DELETE);
        assertThat(page().frame("f3")).isEmpty();
        assertThat(canvas.getSelectedFrameIds()).as("a deleted frame is no longer selected").isEmpty();
        Issue end = session.issue();
        int steps = session.undoHistory().size();
        assertThat(steps).isEqualTo(4);

        robot.interact(() -> {
            for (int i = 0; i < steps; i++) {
                session.undo();
            }
        });
        assertThat(session.issue()).isEqualTo(start);
        assertThat(session.isDirty()).isFalse();
        robot.interact(() -> {
            for (int i = 0; i < steps; i++) {
                session.redo();
            }
        });
        assertThat(session.issue()).isEqualTo(end);
    }

    @Test
    void zoomModesAndCtrlWheel(FxRobot robot) {
        assertThat(canvas.getZoomMode()).isEqualTo(ZoomMode.FIT_PAGE);
        double fit = canvas.getZoom();
        robot.interact(canvas::fitWidth);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.getZoom()).isGreaterThan(fit);
        robot.interact(() -> canvas.setZoom(1.0));
        assertThat(canvas.getZoomMode()).isEqualTo(ZoomMode.FIXED);
        robot.moveTo(centreOf("f1")).press(KeyCode.CONTROL).scroll(1, javafx.geometry.VerticalDirection.UP).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.getZoom()).isNotEqualTo(1.0);
        Node ruler = robot.lookup("#page-canvas-ruler-top").query();
        assertThat(ruler.isVisible()).isTrue();
    }
}
