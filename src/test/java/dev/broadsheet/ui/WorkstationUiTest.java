package dev.broadsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.edit.FrameGeometry;
import dev.broadsheet.edit.FrameRect;
import dev.broadsheet.edit.GridSnapper;
import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.model.Frame;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import dev.broadsheet.store.IssueStore;
import dev.broadsheet.typeset.IssueComposer;
import dev.broadsheet.typeset.LaidOutPageDebugText;
import dev.broadsheet.typeset.PlacedItem;
import dev.broadsheet.typeset.StoryReport;
import dev.broadsheet.ui.canvas.PageCanvas;
import dev.broadsheet.ui.files.IssueLocks;
import dev.broadsheet.ui.files.PreferencesRecentIssues;
import dev.broadsheet.store.PreferencesStore;
import dev.broadsheet.ui.files.StoreIssueRepository;
import dev.broadsheet.ui.files.UserPrompts;
import dev.broadsheet.ui.stories.StoryRow;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workstation as a layout editor uses it, headless: the real store on a temporary copy of the sample
 * issue (plus one unplaced story, s9), the real composer and the real page canvas. Nodes are found by id.
 */
@ExtendWith(ApplicationExtension.class)
// Monocle's headless drag and drop breaks for the rest of the JVM after a plain mouse drag on the canvas, so the
// tests with drag-and-drop gestures run first and the frame-dragging test last.
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class WorkstationUiTest {
    private static final int PAGE = 1;

    private Workstation ws;
    private Path issueDir;
    private Issue start;
    private final List<String> prompts = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        Path root = Files.createTempDirectory("workstation-ui");
        issueDir = root.resolve("issue-0412");
        start = new IssueStore().create(issueDir, UiFixtures.sampleWithExtraStory());
        BundledFonts fonts = BundledFonts.shared();
        IssueComposer composer = new IssueComposer(fonts);
        UserPrompts scripted = new UserPrompts() {
            @Override
            public SaveChoice askToSaveChanges(String issueName) {
                prompts.add("ask " + issueName);
                return SaveChoice.CANCEL;
            }

            @Override
            public boolean offerRecovery(String issueName) {
                prompts.add("recover " + issueName);
                return false;
            }

            @Override
            public void showError(String message) {
                prompts.add("error " + message);
            }

            @Override
            public void showReport(String title, String text) {
                prompts.add("report " + title);
            }
        };
        ws = new Workstation(stage, new Workstation.Services(new Messages(Locale.ENGLISH), fonts, composer::compose,
                new StoreIssueRepository(new IssueStore(), IssueLocks.none()), null,
                new PreferencesRecentIssues(new PreferencesStore(root.resolve("preferences.json"))), scripted, false));
        // Windows other test classes left open (in this JVM) would lie under the drag paths, and Monocle's headless
        // drag and drop fails when a drag passes from one window into another it never entered.
        for (Window other : new ArrayList<>(Window.getWindows())) {
            if (other != stage) {
                other.hide();
            }
        }
        forgetMonocleDragView();
        stage.show();
        ws.files().open(issueDir);
    }

    /**
     * Monocle's headless mouse remembers the window of the last drag and drop, and the next drag "leaves" that
     * window first — a window of an earlier test, never entered by this drag, so glass throws. Forgetting it makes
     * the first drag of this test start clean. (Test-only reflection into the headless glass port.)
     */
    private static void forgetMonocleDragView() {
        try {
            Class<?> mouseInput = Class.forName("com.sun.glass.ui.monocle.MouseInput");
            Method getInstance = mouseInput.getDeclaredMethod("getInstance");
            getInstance.setAccessible(true);
            Object instance = getInstance.invoke(null);
            java.lang.reflect.Field dragView = mouseInput.getDeclaredField("dragView");
            dragView.setAccessible(true);
            dragView.set(instance, null);
            java.lang.reflect.Field dragInProgress = mouseInput.getDeclaredField("dragInProgress");
            dragInProgress.setAccessible(true);
            dragInProgress.set(instance, false);
        } catch (ReflectiveOperationException | RuntimeException notMonocle) {
            // not running on Monocle (e.g. a visible display): nothing to forget
        }
    }

    /** A failed test must not leave a key or a button held, or a drag going, for the next one. */
    @org.junit.jupiter.api.AfterEach
    void releaseEverything(FxRobot robot) throws java.util.concurrent.TimeoutException {
        robot.release(new KeyCode[0]);
        robot.release(new MouseButton[0]);
        org.testfx.api.FxToolkit.cleanupStages();
    }

    // ---- helpers

    private void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void opened() {
        waitUntil(() -> ws.document().issue() != null && ws.canvas().getLaidOutIssue() != null);
    }

    private Issue issue() {
        return ws.document().issue();
    }

    private Page page() {
        return issue().page(PAGE).orElseThrow();
    }

    private Frame frame(String id) {
        return page().frame(id).orElseThrow();
    }

    /** The screen point of a page point, through the canvas's public mapping. */
    private Point2D screen(double pageX, double pageY) {
        PageCanvas canvas = ws.canvas();
        Point2D local = canvas.pageToLocal(pageX, pageY).orElseThrow(() -> new AssertionError("the canvas has no skin yet"));
        return canvas.localToScreen(local);
    }

    private double pixelsPerPoint() {
        Point2D a = screen(0, 0);
        Point2D b = screen(100, 0);
        return (b.getX() - a.getX()) / 100;
    }

    private Point2D centreOf(String frameId) {
        FrameRect r = FrameGeometry.rectOf(page(), frame(frameId));
        return screen(r.x() + r.width() / 2, r.y() + r.height() / 2);
    }

    /** A point of the page's empty lower part, in grid column {@code column}. */
    private Point2D emptyAreaAt(int column, double topMm) {
        Page p = page();
        return screen(p.grid().columnLeftPt(p.size(), column) + 5, FrameGeometry.typeAreaTop(p) + topMm * 72 / 25.4 + 3);
    }

    @SuppressWarnings("unchecked")
    private ListCell<StoryRow> storyCell(FxRobot robot, String storyId) {
        return robot.lookup("#storyList .list-cell").queryAll().stream().map(n -> (ListCell<StoryRow>) n)
                .filter(c -> c.getItem() != null && c.getItem().storyId().equals(storyId)).findFirst().orElseThrow();
    }

    private Label oversetBadge(FxRobot robot, String storyId) {
        return robot.from(storyCell(robot, storyId)).lookup("#oversetBadge").queryAs(Label.class);
    }

    private StoryReport report(String storyId) {
        return ws.canvas().getLaidOutIssue().reports().get(storyId);
    }

    // ---- the editor's main paths

    @Test
    @org.junit.jupiter.api.Order(1)
    void aStoryDraggedFromTheListIsPlacedThenThreadedUntilItFitsAndUndoWalksBackToTheStart(FxRobot robot) {
        opened();
        String s9 = UiFixtures.EXTRA_STORY;
        assertThat(storyCell(robot, s9).getItem().placed()).isFalse();

        // A real robot drag from the story list onto the page.
        robot.moveTo(storyCell(robot, s9));
        robot.interact(WorkstationUiTest::forgetMonocleDragView);
        robot.drag(storyCell(robot, s9), MouseButton.PRIMARY).dropTo(emptyAreaAt(0, 260));
        waitUntil(() -> !issue().threadOf(s9).isEmpty());
        Frame first = issue().threadOf(s9).get(0).frame();
        assertThat(first.firstColumn()).isZero();
        assertThat(storyCell(robot, s9).getItem().placed()).isTrue();
        assertThat(ws.selection().frameIds()).containsExactly(first.id());
        // One default frame is too small: overset, on the canvas's report and as the list's badge.
        assertThat(report(s9).isOverset()).isTrue();
        assertThat(oversetBadge(robot, s9).isVisible()).isTrue();
        assertThat(oversetBadge(robot, s9).getText()).matches("\\+\\d+ 字 / \\+\\d+ 行");
        Issue placed = issue();

        // Dropped again, the story continues in a second, threaded frame, and then fits.
        robot.drag(storyCell(robot, s9), MouseButton.PRIMARY).dropTo(emptyAreaAt(3, 260));
        waitUntil(() -> issue().threadOf(s9).size() == 2);
        assertThat(issue().threadOf(s9).get(1).frame().firstColumn()).isEqualTo(3);
        assertThat(report(s9).isOverset()).isFalse();
        assertThat(oversetBadge(robot, s9).isVisible()).isFalse();
        Issue threaded = issue();

        // Undo to the start, with the toolbar and Ctrl+Z; redo forward again.
        robot.clickOn("#toolUndo");
        assertThat(issue()).isEqualTo(placed);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(issue()).isEqualTo(start);
        assertThat(ws.document().canUndoProperty().get()).isFalse();
        assertThat(ws.document().isDirty()).isFalse();
        assertThat(storyCell(robot, s9).getItem().placed()).isFalse();
        robot.clickOn("#toolRedo").clickOn("#toolRedo");
        assertThat(issue()).isEqualTo(threaded);
    }

    @Test
    @org.junit.jupiter.api.Order(5)
    void framesMoveAndResizeWithTheMouseAndTheKeys(FxRobot robot) {
        opened();
        GridSnapper snapper = new GridSnapper(page());
        double pitch = snapper.linePitch();
        Frame before = frame("f3");

        robot.clickOn(centreOf("f3"));
        assertThat(ws.selection().frameIds()).containsExactly("f3");
        assertThat(robot.lookup("#statusSelection").queryAs(Label.class).getText()).isEqualTo("1 selected");
        robot.type(KeyCode.RIGHT);
        assertThat(frame("f3").firstColumn()).isEqualTo(before.firstColumn() + 1);
        robot.type(KeyCode.DOWN);
        assertThat(frame("f3").top().toPoints()).isEqualTo(before.top().toPoints() + pitch, org.assertj.core.api.Assertions.offset(0.01));
        robot.press(KeyCode.SHIFT).type(KeyCode.UP).release(KeyCode.SHIFT);
        assertThat(frame("f3").top().toPoints()).isEqualTo(before.top().toPoints() + 0.75 * pitch, org.assertj.core.api.Assertions.offset(0.01));

        // Dragged with the mouse one column back to the left.
        Frame keyed = frame("f3");
        Point2D from = centreOf("f3");
        robot.drag(from, MouseButton.PRIMARY).dropTo(from.add(-snapper.columnPitch() * pixelsPerPoint(), 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(frame("f3").firstColumn()).isEqualTo(keyed.firstColumn() - 1);

        // Resized by its bottom handle, four lines deeper.
        FrameRect r = FrameGeometry.rectOf(page(), frame("f3"));
        Point2D handle = screen(r.x() + r.width() / 2, r.bottom());
        robot.drag(handle, MouseButton.PRIMARY).dropTo(handle.add(0, 4 * pitch * pixelsPerPoint()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(frame("f3").depth().toPoints()).isGreaterThan(keyed.depth().toPoints() + pitch);
        assertThat(ws.document().isDirty()).isTrue();
    }

    /** A frame dragged off the canvas onto another page's thumbnail moves there, thread and all, in one undo step. */
    @Test
    @org.junit.jupiter.api.Order(6)
    void aFrameDraggedOntoAPageThumbnailMovesToThatPage(FxRobot robot) {
        opened();
        robot.interact(() -> ws.canvas().execute(dev.broadsheet.edit.AddPageCommand.blankAtEnd(issue(), page().size().preset())));
        Issue twoPages = issue();
        int other = twoPages.pages().get(1).number();
        String storyOfF3 = ((dev.broadsheet.model.FrameContent.StoryText) frame("f3").content()).storyId();
        List<String> thread = twoPages.threadOf(storyOfF3).stream().map(pf -> pf.frame().id()).toList();
        robot.interact(() -> robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> thumbnail = robot.lookup("#pageList .list-cell")
                .match((ListCell<?> cell) -> Integer.valueOf(other).equals(cell.getProperties().get(PageCanvas.DROP_PAGE_KEY)))
                .queryAs(ListCell.class);

        robot.drag(centreOf("f3"), MouseButton.PRIMARY).moveTo(thumbnail);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(thumbnail.getPseudoClassStates()).as("the thumbnail shows where the frame would go")
                .contains(dev.broadsheet.ui.canvas.PageCanvasBehavior.DROP_TARGET);
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(thumbnail.getPseudoClassStates()).doesNotContain(dev.broadsheet.ui.canvas.PageCanvasBehavior.DROP_TARGET);

        assertThat(page().frame("f3")).as("f3 left page " + PAGE).isEmpty();
        assertThat(issue().page(other).orElseThrow().frame("f3")).isPresent();
        assertThat(issue().threadOf(storyOfF3).stream().map(pf -> pf.frame().id()).toList()).isEqualTo(thread);
        robot.interact(() -> ws.document().undo());
        assertThat(issue()).isEqualTo(twoPages);
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void theHeadlineEditedInTheInspectorIsSetOnThePageAtOnce(FxRobot robot) {
        opened();
        robot.clickOn(centreOf("f1"));
        TextField field = robot.lookup("#headlineField").queryAs(TextField.class);
        assertThat(field.getText()).isEqualTo("稳住经济基本盘 跑出发展加速度");
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write("Growth First").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(issue().story("s1").orElseThrow().deck().headline()).isEqualTo("Growth First");
        assertThat(ws.canvas().laidOutPage().orElseThrow().lines()).map(PlacedItem.PlacedLine::text)
                .anyMatch(t -> t.replace(" ", "").contains("GrowthFirst"));
        assertThat(robot.lookup("#storyList .list-cell").queryAll()).isNotEmpty();
        assertThat(storyCell(robot, "s1").getItem().headline()).isEqualTo("Growth First");
        robot.clickOn("#toolUndo");
        assertThat(issue()).isEqualTo(start);
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void anImageDroppedOnAPhotoFrameIsCopiedIntoTheIssueAndABrokenOneShowsAPlaceholder(FxRobot robot) throws IOException {
        opened();
        Path outside = Files.createTempDirectory("camera");
        Path png = outside.resolve("workshop-0408.png");
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", png.toFile());
        Path broken = outside.resolve("broken.png");
        Files.writeString(broken, "not an image at all");

        // The file manager is outside the headless robot's reach: a stand-in drag source in the window offers the
        // same drag board (files), and a real robot drag carries it to the canvas's drop handler.
        Label fileManager = new Label("file");
        fileManager.setId("fakeFileManager");
        fileManager.setOnDragDetected(e -> {
            var board = fileManager.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.of(((Path) fileManager.getUserData()).toFile()));
            board.setContent(content);
            e.consume();
        });
        robot.interact(() -> ((javafx.scene.control.ToolBar) robot.lookup("#toolBar").query()).getItems().add(0, fileManager));

        fileManager.setUserData(png);
        robot.drag("#fakeFileManager", MouseButton.PRIMARY).dropTo(centreOf("f4"));
        waitUntil(() -> "images/workshop-0408.png".equals(issue().photo("ph1").orElseThrow().imagePath()));
        assertThat(issueDir.resolve("images/workshop-0408.png")).exists().hasSameBinaryContentAs(png);

        fileManager.setUserData(broken);
        robot.drag("#fakeFileManager", MouseButton.PRIMARY).dropTo(centreOf("f4"));
        waitUntil(() -> "images/broken.png".equals(issue().photo("ph1").orElseThrow().imagePath()));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // the background image load, then a redraw
        WaitForAsyncUtils.waitForFxEvents();
        // Still drawn (as a placeholder), and no error dialog: the only window is the workstation.
        assertThat(ws.canvas().laidOutPage().orElseThrow().items()).anyMatch(i ->
                i instanceof PlacedItem.PlacedImage img && "images/broken.png".equals(img.imagePath()));
        assertThat(Window.getWindows()).hasSize(1);
        assertThat(prompts).noneMatch(p -> p.startsWith("error"));
    }

    @Test
    @org.junit.jupiter.api.Order(4)
    void aSavedIssueReopensWithThePageUnchanged(FxRobot robot) throws IOException {
        opened();
        robot.clickOn(centreOf("f3"));
        robot.type(KeyCode.RIGHT).type(KeyCode.DOWN);
        robot.clickOn(centreOf("f1"));
        robot.clickOn("#headlineField");
        robot.interact(() -> robot.lookup("#headlineField").queryAs(TextField.class).selectAll());
        robot.write("Saved Headline").type(KeyCode.ENTER);
        assertThat(ws.document().isDirty()).isTrue();
        assertThat(robot.window(0).getScene()).isNotNull();
        assertThat(((Stage) ws.scene().getWindow()).getTitle()).startsWith("*issue-0412");
        Issue edited = issue();
        String pageBefore = LaidOutPageDebugText.of(ws.canvas().laidOutPage().orElseThrow());

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> !ws.document().isDirty());
        assertThat(((Stage) ws.scene().getWindow()).getTitle()).startsWith("issue-0412 —");
        assertThat(new IssueStore().load(issueDir)).isEqualTo(edited.withRevision(start.revision() + 1));

        robot.interact(() -> ws.files().open(issueDir));
        waitUntil(() -> ws.document().issue().revision() == start.revision() + 1 && !ws.document().canUndoProperty().get());
        assertThat(issue().withRevision(edited.revision())).isEqualTo(edited);
        assertThat(LaidOutPageDebugText.of(ws.canvas().laidOutPage().orElseThrow())).isEqualTo(pageBefore);
    }

    @Test
    @org.junit.jupiter.api.Order(6)
    void theEditMenuNamesTheEditAReviewThatArrivesIsAnnouncedAndCountedAndPagesShowTheirStage(FxRobot robot) throws IOException {
        opened();
        robot.interact(() -> ws.document().edits().editHeadline("s1", null, "新的主题", null));
        javafx.scene.control.MenuBar bar = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem undo = bar.getMenus().stream().filter(menu -> "menu.edit".equals(menu.getId()))
                .flatMap(menu -> menu.getItems().stream()).filter(i -> "menu.edit.undo".equals(i.getId())).findFirst().orElseThrow();
        assertThat(undo.getText()).isEqualTo("_Undo Edit headline");
        assertThat(undo.isDisable()).isFalse();
        assertThat(robot.lookup("#toolUndo").queryButton().getTooltip().getText()).isEqualTo("Undo Edit headline");
        robot.clickOn("#toolUndo");
        assertThat(undo.getText()).as("nothing left to undo: the plain word, disabled").isEqualTo("_Undo");
        assertThat(undo.isDisable()).isTrue();

        // A proofreader's review copied into reviews/ while the issue is open: the real ReviewWatcher sees it.
        dev.broadsheet.model.User li = new dev.broadsheet.model.User("李校对", dev.broadsheet.model.Role.PROOFREADER);
        dev.broadsheet.model.Review review = dev.broadsheet.model.Review.start(li, start.revision(), java.time.Instant.parse("2026-11-26T20:00:00Z"));
        for (int i = 0; i < 3; i++) {
            review = review.withMark(dev.broadsheet.model.Mark.comment(review.nextMarkId(),
                    new dev.broadsheet.model.Anchor.TextAnchor("s1", 0, 0, i, i + 1, "字", "", ""), li.name(),
                    java.time.Instant.parse("2026-11-26T20:00:00Z").plusSeconds(i), "请核对"));
        }
        dev.broadsheet.review.ReviewFiles.write(issueDir, review, li);
        waitUntil(() -> robot.lookup("#statusMessage").queryAs(Label.class).getText().contains("New review: 3 marks from 李校对"));
        waitUntil(() -> storyCell(robot, "s1").getItem().openMarks() == 3);
        assertThat(robot.from(storyCell(robot, "s1")).lookup("#openMarksBadge").queryAs(Label.class).getText()).isEqualTo("3");
        assertThat(robot.lookup("#marksPanel").queryListView().getItems()).hasSize(3);

        robot.clickOn(robot.lookup(".tab").match(n -> n.lookup(".tab-label") instanceof Label l && l.getText().equals("Pages"))
                .queryAs(javafx.scene.Node.class));
        waitUntil(() -> robot.lookup("#pageStageBadge").tryQuery().isPresent());
        assertThat(robot.lookup("#pageStageBadge").queryAs(Label.class).getText()).isEqualTo("草稿");
        assertThat(robot.lookup("#pageChangedBadge").queryAs(Label.class).isVisible()).isFalse();
    }
}
