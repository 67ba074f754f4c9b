package dev.broadsheet.ui.proof;

import static dev.broadsheet.ui.proof.ProofFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.cli.BroadsheetCommand;
import dev.broadsheet.edit.DocumentSession;
import dev.broadsheet.edit.EditStoryTextCommand;
import dev.broadsheet.edit.MoveFrameCommand;
import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.MarkKind;
import dev.broadsheet.model.Stage;
import dev.broadsheet.model.User;
import dev.broadsheet.review.IssuePackage;
import dev.broadsheet.store.IssueStore;
import dev.broadsheet.typeset.IssueComposer;
import dev.broadsheet.typeset.LaidOutPage;
import dev.broadsheet.ui.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import picocli.CommandLine;

/**
 * The whole offline loop through proof mode's window, headless: the proofreader opens a package and marks it,
 * the editor (who meanwhile moved a frame and edited another paragraph of the same story) opens the returned
 * review, sees every mark in place on the page, accepts the correction and the page re-flows; 核红 lists the
 * mark still open; 签发 by the 值班总编; only then does the page export for print without an override.
 */
@ExtendWith(ApplicationExtension.class)
class ProofModeUiTest {

    private final Clock clock = Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC);
    private final IssueStore store = new IssueStore();
    private final IssueComposer composer = new IssueComposer(BundledFonts.shared());
    private javafx.stage.Stage stage;
    private ProofModeViewModel vm;
    private ProofModeView view;

    @Start
    void start(javafx.stage.Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void releaseEverything(FxRobot robot) throws java.util.concurrent.TimeoutException {
        robot.release(new KeyCode[0]);
        robot.release(new MouseButton[0]);
        org.testfx.api.FxToolkit.cleanupStages();
    }

    private void show(FxRobot robot, Path issueDir, User user) throws Exception {
        vm = ProofModeViewModel.openFolder(issueDir, user, clock);
        robot.interact(() -> {
            view = new ProofModeView(vm, new Messages(Locale.ENGLISH), BundledFonts.shared(), composer::compose);
            stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1200, 760));
            stage.sizeToScene();
            stage.setX(0);
            stage.setY(0);
        });
        waitUntil(() -> view.canvas().getLaidOutIssue() != null && view.canvas().pageToLocal(0, 0).isPresent());
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.clickOn(field);
        // Monocle's robot types no CJK: the field gets its text the way an input method commits it.
        robot.interact(() -> field.replaceSelection(text));
    }

    private void select(FxRobot robot, String markId) {
        @SuppressWarnings("unchecked")
        ListView<MarkRow> list = robot.lookup("#proofMarks").queryAs(ListView.class);
        int index = list.getItems().stream().map(MarkRow::id).toList().indexOf(markId);
        assertThat(index).as("mark %s listed", markId).isNotNegative();
        robot.interact(() -> list.scrollTo(index));
        robot.clickOn(robot.lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) -> c.getItem() instanceof MarkRow r
                && r.id().equals(markId)).queryAs(javafx.scene.control.ListCell.class));
        assertThat(list.getSelectionModel().getSelectedItem().id()).isEqualTo(markId);
    }

    private void chooseKind(FxRobot robot, MarkKind kind) {
        @SuppressWarnings("unchecked")
        ComboBox<MarkKind> kinds = robot.lookup("#proofKind").queryAs(ComboBox.class);
        robot.interact(() -> kinds.setValue(kind));
    }

    private String message(FxRobot robot) {
        return robot.lookup("#proofMessage").queryAs(Label.class).getText();
    }

    /** The colour the overlay drew at the middle of a mark's first highlight. */
    private Color overlayColourAt(FxRobot robot, String markId) {
        LaidOutPage page = view.canvas().laidOutPage().orElseThrow();
        MarkHighlights.Highlight h = MarkHighlights.on(page, vm.issue(), vm.placedMarks()).stream()
                .filter(l -> l.markId().equals(markId)).findFirst().orElseThrow(() -> new AssertionError(markId + " not on the page"));
        return overlayColourAt(robot, h.x() + h.width() / 2, h.y() + h.height() / 2);
    }

    /** The colour the overlay drew at a page point. */
    private Color overlayColourAt(FxRobot robot, double pageX, double pageY) {
        Canvas overlay = robot.lookup("#markOverlay").queryAs(Canvas.class);
        Point2D inCanvas = view.canvas().pageToLocal(pageX, pageY).orElseThrow();
        Point2D p = overlay.sceneToLocal(view.canvas().localToScene(inCanvas));
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            javafx.scene.SnapshotParameters transparent = new javafx.scene.SnapshotParameters();
            transparent.setFill(Color.TRANSPARENT);
            shot[0] = overlay.snapshot(transparent, null);
        });
        return shot[0].getPixelReader().getColor((int) p.getX(), (int) p.getY());
    }

    @Test
    void aPackageGoesOutIsMarkedComesBackIsCorrectedCheckedSignedAndPrints(FxRobot robot) throws Exception {
        Path root = Files.createTempDirectory("proof-ui");
        Path desk = root.resolve("desk");
        store.create(desk, issue());
        ProofModeViewModel.openFolder(desk, EDITOR, clock).advancePage(1, Stage.PROOF_1);
        Path out = root.resolve("out.zip");
        IssuePackage.write(desk, out);

        // The proofreader opens the package: the canvas takes no drags, the marks go into their own review.
        Path laptop = root.resolve("laptop");
        IssuePackage.open(out, laptop, IssuePackage.Limits.DEFAULT);
        show(robot, laptop, PROOFREADER);
        assertThat(robot.lookup("#proofAccept").tryQuery()).hasValueSatisfying(b -> assertThat(b.getParent().isVisible()).isFalse());
        var photoBefore = vm.issue().page(1).orElseThrow().frame("f-p1").orElseThrow();
        var photoBox = view.canvas().laidOutPage().orElseThrow().frames().stream().filter(f -> f.frameId().equals("f-p1")).findFirst().orElseThrow();
        Point2D photoCentre = view.canvas().localToScreen(view.canvas().pageToLocal(photoBox.x() + photoBox.width() / 2,
                photoBox.y() + photoBox.height() / 2).orElseThrow());
        // Fired events, not robot.drag: a robot drag on a canvas breaks Monocle's drag and drop for later tests in the JVM.
        // (The event's constructor takes scene coordinates.)
        Point2D local = view.canvas().localToScene(view.canvas().screenToLocal(photoCentre));
        // The deepest pane under the photo: the canvas's viewport, where its behaviour listens.
        javafx.scene.Node target = view.canvas().lookupAll("*").stream().filter(n -> n instanceof javafx.scene.layout.Pane
                && n.localToScreen(n.getBoundsInLocal()) != null && n.localToScreen(n.getBoundsInLocal()).contains(photoCentre))
                .reduce((a, b) -> b).orElse(view.canvas());
        robot.interact(() -> {
            for (var type : List.of(javafx.scene.input.MouseEvent.MOUSE_PRESSED, javafx.scene.input.MouseEvent.MOUSE_DRAGGED,
                    javafx.scene.input.MouseEvent.MOUSE_RELEASED)) {
                double dx = type == javafx.scene.input.MouseEvent.MOUSE_PRESSED ? 0 : 60;
                javafx.event.Event.fireEvent(target, new javafx.scene.input.MouseEvent(type, local.getX() + dx, local.getY() + dx,
                        photoCentre.getX() + dx, photoCentre.getY() + dx, MouseButton.PRIMARY, 1, false, false, false, false,
                        type != javafx.scene.input.MouseEvent.MOUSE_RELEASED, false, false, false, false, false, null));
            }
        });
        assertThat(vm.issue().page(1).orElseThrow().frame("f-p1").orElseThrow()).isEqualTo(photoBefore);
        assertThat(view.canvas().getSelectedFrameIds()).as("the canvas took no press: nothing to move").isEmpty();
        assertThat(vm.session().canUndo()).isFalse();
        type(robot, "#proofQuote", "管网建设");
        type(robot, "#proofNote", "管网长度？");
        robot.clickOn("#proofAddComment");
        type(robot, "#proofQuote", "膜生物反应器");
        chooseKind(robot, MarkKind.REPLACE);
        type(robot, "#proofReplacement", "MBR");
        robot.clickOn("#proofAddMark");
        assertThat(message(robot)).isEmpty();
        assertThat(vm.marks()).as(message(robot)).extracting(MarkRow::kind).containsExactly("批注", "改正");
        String comment = vm.marks().get(0).id();
        String replace = vm.marks().get(1).id();
        Path back = root.resolve("back.zip");
        IssuePackage.write(laptop, back);

        // Meanwhile the editor moved the photo and edited another paragraph of the same story.
        DocumentSession session = new DocumentSession(store.load(desk));
        session.execute(MoveFrameCommand.of(1, "f-p1", 1, Length.mm(10)));
        session.execute(EditStoryTextCommand.ofPlainText(session.issue().story("s1").orElseThrow(), 0,
                String.join("\n", "本报讯 今年高新区新建成三座污水处理厂，日处理能力达到十五万吨。", P1, P2)));
        store.save(desk, session.issue());
        assertThat(IssuePackage.importReviews(back, desk, EDITOR, IssuePackage.Limits.DEFAULT)).containsExactly("李校对");

        // The editor sees every mark in place, highlighted on the page.
        show(robot, desk, EDITOR);
        assertThat(vm.marks()).extracting(MarkRow::id).containsExactly(comment, replace);
        assertThat(vm.marks()).noneMatch(MarkRow::needsAttention);
        waitUntil(() -> overlayColourAt(robot, replace).getOpacity() > 0.2);
        Color onReplace = overlayColourAt(robot, replace);
        assertThat(onReplace.getRed()).isGreaterThan(0.9);
        assertThat(onReplace.getBlue()).isLessThan(0.3);
        assertThat(overlayColourAt(robot, comment).getOpacity()).isGreaterThan(0.2);

        // 核红 refuses and lists what is open.
        robot.clickOn("#proofCheck");
        assertThat(message(robot)).contains("核红 refused").contains(comment).contains(replace);

        // Accepting the correction re-flows the page.
        select(robot, replace);
        robot.clickOn("#proofAccept");
        assertThat(message(robot)).startsWith("Changed since proof: 2 text, 1 frames");
        waitUntil(() -> text(view.canvas().laidOutPage().orElseThrow()).contains("MBR"));
        assertThat(text(view.canvas().laidOutPage().orElseThrow())).doesNotContain("膜生物反应器");
        assertThat(store.load(desk).story("s1").orElseThrow().paragraphs().get(1).text()).contains("采用MBR工艺");

        robot.clickOn("#proofCheck");
        assertThat(message(robot)).contains("核红 refused").contains("1 open mark").contains(comment).doesNotContain(replace);
        select(robot, comment);
        robot.clickOn("#proofResolve");
        robot.clickOn("#proofCheck");
        assertThat(message(robot)).isEqualTo("page 1 核红 by 张编辑");
        assertThat(robot.lookup("#proofSignOff").queryButton().isDisabled()).isTrue();

        // Before sign-off print export is refused.
        assertThat(export(desk, root.resolve("early.pdf")).code()).isEqualTo(1);

        show(robot, desk, DUTY);
        robot.clickOn("#proofSignOff");
        assertThat(message(robot)).isEqualTo("page 1 签发 by 赵总编");
        @SuppressWarnings("unchecked")
        ListView<StageRow> stages = robot.lookup("#proofStages").queryAs(ListView.class);
        assertThat(stages.getItems().get(0)).satisfies(r -> {
            assertThat(r.stage()).isEqualTo("签发");
            assertThat(r.by()).isEqualTo("赵总编");
        });

        Run printed = export(desk, root.resolve("print.pdf"));
        assertThat(printed.code()).as(printed.err()).isZero();
        assertThat(printed.err()).doesNotContain("override");
        assertThat(root.resolve("print.pdf")).exists();
    }

    /** The deepest pane of the canvas under a screen point: its viewport, where a real press lands. */
    private javafx.scene.Node paneUnder(Point2D screen) {
        return view.canvas().lookupAll("*").stream().filter(n -> n instanceof javafx.scene.layout.Pane
                && n.localToScreen(n.getBoundsInLocal()) != null && n.localToScreen(n.getBoundsInLocal()).contains(screen))
                .reduce((a, b) -> b).orElse(view.canvas());
    }

    /**
     * Presses at one page point, drags through to another and releases there, as fired mouse events (a robot
     * drag on a canvas breaks Monocle's drag and drop for later tests in the JVM).
     */
    private void dragOnPage(FxRobot robot, double x1, double y1, double x2, double y2) {
        Point2D from = view.canvas().localToScreen(view.canvas().pageToLocal(x1, y1).orElseThrow());
        Point2D to = view.canvas().localToScreen(view.canvas().pageToLocal(x2, y2).orElseThrow());
        javafx.scene.Node target = paneUnder(from);
        robot.interact(() -> {
            for (var type : List.of(javafx.scene.input.MouseEvent.MOUSE_PRESSED, javafx.scene.input.MouseEvent.MOUSE_DRAGGED,
                    javafx.scene.input.MouseEvent.MOUSE_DRAGGED, javafx.scene.input.MouseEvent.MOUSE_RELEASED)) {
                Point2D at = type == javafx.scene.input.MouseEvent.MOUSE_PRESSED ? from : to;
                // This constructor takes scene coordinates; each handler gets them in its own node's coordinates.
                Point2D scene = target.localToScene(target.screenToLocal(at));
                javafx.event.Event.fireEvent(target, new javafx.scene.input.MouseEvent(type, scene.getX(), scene.getY(),
                        at.getX(), at.getY(), MouseButton.PRIMARY, 1, false, false, false, false,
                        type != javafx.scene.input.MouseEvent.MOUSE_RELEASED, false, false, false, false, false, null));
            }
        });
    }

    @Test
    void theProofreaderDragsOverWordsOnThePageToCorrectThemAndClicksAFrameToCommentOnIt(FxRobot robot) throws Exception {
        Path desk = Files.createTempDirectory("proof-select");
        dev.broadsheet.model.Issue one = issue();
        List<dev.broadsheet.model.Page> pages = new java.util.ArrayList<>(one.pages());
        pages.add(dev.broadsheet.model.Page.blank(2, dev.broadsheet.model.PagePreset.BROADSHEET));
        store.create(desk, new dev.broadsheet.model.Issue(one.masthead(), one.date(), one.issueNumber(), one.edition(),
                one.sections(), one.styles(), pages, one.stories(), one.photos(), one.revision()));
        show(robot, desk, PROOFREADER);
        var storyFrameBefore = vm.issue().page(1).orElseThrow().frame("f-s1").orElseThrow();

        // Drag from the first glyph of 膜生物反应器 to just past its last: those six characters are chosen and drawn blue.
        LaidOutPage page = view.canvas().laidOutPage().orElseThrow();
        List<MarkHighlights.Highlight> words = MarkHighlights.target(page, vm.issue(), new PageTarget.Text(ProofFixtures.select(vm.issue(), 1, "膜生物反应器")));
        var first = words.get(0);
        var last = words.get(words.size() - 1);
        dragOnPage(robot, first.x() + 1, first.y() + first.height() / 2, last.x() + last.width() + 1, last.y() + last.height() / 2);
        assertThat(vm.target()).isEqualTo(new PageTarget.Text(ProofFixtures.select(vm.issue(), 1, "膜生物反应器")));
        assertThat(robot.lookup("#proofTarget").queryAs(Label.class).getText()).contains("“膜生物反应器”");
        waitUntil(() -> overlayColourAt(robot, first.x() + first.width() / 2, first.y() + first.height() / 2).getBlue() > 0.8);

        // 改正 with the words to put in, from the form.
        chooseKind(robot, MarkKind.REPLACE);
        assertThat(robot.lookup("#proofReplacement").queryAs(TextField.class).isVisible()).isTrue();
        assertThat(robot.lookup("#proofPivot").queryAs(javafx.scene.control.Spinner.class).getParent().isVisible()).isFalse();
        type(robot, "#proofReplacement", "MBR");
        robot.clickOn("#proofAddMark");
        assertThat(message(robot)).isEmpty();
        assertThat(vm.marks()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("改正");
            assertThat(r.anchor()).isEqualTo("story s1 §0 ¶1 [8,14) “膜生物反应器”");
            assertThat(r.text()).isEqualTo("→ “MBR”");
        });
        assertThat(vm.target()).as("a mark made clears the choice").isNull();

        // A click on the photo (no text there) chooses the frame; a comment goes on it.
        var photo = page.frames().stream().filter(f -> f.frameId().equals("f-p1")).findFirst().orElseThrow();
        double px = photo.x() + photo.width() / 2;
        double py = photo.y() + photo.height() / 2;
        dragOnPage(robot, px, py, px, py);
        assertThat(vm.target()).isEqualTo(new PageTarget.Frame(1, "f-p1"));
        type(robot, "#proofNote", "图片偏暗");
        robot.clickOn("#proofAddComment");
        assertThat(vm.marks()).extracting(MarkRow::anchor).containsExactly("story s1 §0 ¶1 [8,14) “膜生物反应器”", "page 1 frame f-p1");

        // A reply to the correction: in the proofreader's own file, shown in the thread.
        String correction = vm.marks().get(0).id();
        select(robot, correction);
        type(robot, "#proofReplyText", "工艺名用英文缩写");
        robot.clickOn("#proofReply");
        assertThat(message(robot)).isEmpty();
        @SuppressWarnings("unchecked")
        ListView<String> thread = robot.lookup("#proofThread").queryAs(ListView.class);
        assertThat(thread.getItems()).hasSize(2).last().asString().contains("李校对").contains("工艺名用英文缩写");

        // The typed way still works: Enter in the field chooses the words; 对调 asks where the second piece begins.
        type(robot, "#proofQuote", "出水水质");
        robot.type(KeyCode.ENTER);
        assertThat(vm.target()).isEqualTo(new PageTarget.Text(ProofFixtures.select(vm.issue(), 1, "出水水质")));
        chooseKind(robot, MarkKind.SWAP);
        assertThat(robot.lookup("#proofReplacement").queryAs(TextField.class).isVisible()).isFalse();
        assertThat(robot.lookup("#proofSwapPreview").queryAs(Label.class).getText()).isEqualTo("出水|水质  →  水质出水");
        robot.clickOn("#proofAddMark");
        assertThat(vm.marks()).last().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("对调");
            assertThat(r.placed().mark().pivot()).isEqualTo(2);
        });

        // Nothing on the page moved or changed: the drags chose words, keys reach no editing.
        // Even with a frame selected (as the editor's canvas would have it), Delete and the arrows do nothing here.
        robot.clickOn(view.canvas());
        robot.interact(() -> view.canvas().setSelectedFrameIds(java.util.Set.of("f-s1")));
        robot.type(KeyCode.DELETE, KeyCode.LEFT, KeyCode.DOWN);
        assertThat(vm.issue().page(1).orElseThrow().frame("f-s1").orElseThrow()).isEqualTo(storyFrameBefore);
        assertThat(vm.session().canUndo()).isFalse();
        assertThat(store.load(desk).story("s1")).isEqualTo(vm.issue().story("s1"));

        // Zoom buttons and PageDown / PageUp.
        robot.clickOn("#proofZoom100");
        assertThat(view.canvas().getZoom()).isEqualTo(1.0);
        assertThat(robot.lookup("#proofZoom").queryAs(Label.class).getText()).isEqualTo("100%");
        robot.clickOn("#proofFitWidth");
        assertThat(view.canvas().getZoomMode()).isEqualTo(dev.broadsheet.ui.canvas.ZoomMode.FIT_WIDTH);
        // Ctrl+wheel zooms: scrolling still reaches the canvas (only mouse, keys and drops are held back).
        double before = view.canvas().getZoom();
        Point2D middle = view.canvas().localToScreen(view.canvas().getWidth() / 2, view.canvas().getHeight() / 2);
        javafx.scene.Node viewport = paneUnder(middle);
        Point2D inScene = viewport.localToScene(viewport.screenToLocal(middle));
        robot.interact(() -> javafx.event.Event.fireEvent(viewport, new javafx.scene.input.ScrollEvent(
                javafx.scene.input.ScrollEvent.SCROLL, inScene.getX(), inScene.getY(), middle.getX(), middle.getY(),
                false, true, false, false, false, false, 0, 40, 0, 40,
                javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        assertThat(view.canvas().getZoom()).isGreaterThan(before);
        robot.clickOn(view.canvas());
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(view.canvas().getPageNumber()).isEqualTo(2);
        assertThat(robot.lookup("#proofNextPage").queryButton().isDisabled()).isTrue();
        robot.type(KeyCode.PAGE_UP);
        assertThat(view.canvas().getPageNumber()).isEqualTo(1);
        robot.clickOn("#proofNextPage");
        @SuppressWarnings("unchecked")
        ComboBox<Integer> selector = robot.lookup("#proofPage").queryAs(ComboBox.class);
        assertThat(selector.getValue()).isEqualTo(2);
        robot.interact(() -> selector.setValue(1));
        assertThat(view.canvas().getPageNumber()).isEqualTo(1);
    }

    @Test
    void aReviewSavedWhileTheWindowIsOpenIsMergedInAndABrokenOneIsNamed(FxRobot robot) throws Exception {
        Path desk = Files.createTempDirectory("proof-watch");
        store.create(desk, issue());
        show(robot, desk, EDITOR);
        try (AutoCloseable watching = view.watchReviews()) {
            // Another proofreader saves a review into the folder (a returned package imported, a shared folder).
            ProofModeViewModel other = ProofModeViewModel.openFolder(desk, PROOFREADER, clock);
            MarkRow made = other.addMark(MarkKind.DELETE, new PageTarget.Text(ProofFixtures.select(other.issue(), 0, "今年")), "", 0, "");
            waitUntil(() -> vm.marks().stream().anyMatch(r -> r.id().equals(made.id())));
            @SuppressWarnings("unchecked")
            ListView<MarkRow> list = robot.lookup("#proofMarks").queryAs(ListView.class);
            assertThat(list.getItems()).extracting(MarkRow::kind).containsExactly("删除");

            Files.writeString(desk.resolve("reviews").resolve("王校对.json"), "{ \"reviewer\": ");
            waitUntil(() -> message(robot).contains("王校对.json"));
            assertThat(vm.marks()).extracting(MarkRow::id).containsExactly(made.id());
        }
    }

    private record Run(int code, String err) {
    }

    private static Run export(Path desk, Path pdf) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new BroadsheetCommand());
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("export", desk.toString(), "--pdf", pdf.toString(), "--press");
        return new Run(code, err.toString());
    }

    private static String text(LaidOutPage page) {
        StringBuilder b = new StringBuilder();
        page.lines().forEach(l -> b.append(l.text()));
        return b.toString();
    }

    // ---- proof mode beside the workstation (View ▸ Proof mode…)

    private dev.broadsheet.ui.Workstation workstationOn(FxRobot robot, Path issueDir) {
        dev.broadsheet.ui.Workstation[] ws = new dev.broadsheet.ui.Workstation[1];
        robot.interact(() -> {
            ws[0] = new dev.broadsheet.ui.Workstation(stage, new dev.broadsheet.ui.Workstation.Services(
                    new Messages(Locale.ENGLISH), BundledFonts.shared(), composer::compose,
                    new dev.broadsheet.ui.files.StoreIssueRepository(store, dev.broadsheet.ui.files.IssueLocks.none()), null,
                    new dev.broadsheet.ui.files.PreferencesRecentIssues(new dev.broadsheet.store.PreferencesStore(
                            issueDir.resolveSibling("preferences.json"))), null, false).withUser(EDITOR, null));
            ws[0].files().open(issueDir);
        });
        waitUntil(() -> issueDir.equals(ws[0].document().folder()) && sessionOf(ws[0]) != null);
        return ws[0];
    }

    private static DocumentSession sessionOf(dev.broadsheet.ui.Workstation ws) {
        return ws.document().backendProperty().get() instanceof dev.broadsheet.ui.document.SessionBackend b ? b.session() : null;
    }

    /** The View menu's item, fired as a click on it would (menus are popups Monocle does not open reliably). */
    private javafx.stage.Stage openProofModeFromTheMenu(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.from(stage.getScene().getRoot()).lookup("#menuBar").query();
        javafx.scene.control.MenuItem item = bar.getMenus().stream().filter(menu -> "menu.view".equals(menu.getId()))
                .flatMap(menu -> menu.getItems().stream()).filter(i -> "menu.view.proofMode".equals(i.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("View ▸ Proof mode… is missing"));
        assertThat(item.isDisable()).isFalse();
        assertThat(item.getAccelerator()).isEqualTo(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+P"));
        robot.interact(item::fire);
        waitUntil(() -> proofWindow().isPresent());
        return proofWindow().orElseThrow();
    }

    private java.util.Optional<javafx.stage.Stage> proofWindow() {
        return javafx.stage.Window.getWindows().stream().filter(w -> w != stage && w.isShowing() && w instanceof javafx.stage.Stage)
                .map(w -> (javafx.stage.Stage) w)
                .filter(w -> w.getScene() != null && "proofMode".equals(w.getScene().getRoot().getId())).findFirst();
    }

    private static List<String> stagesShown(FxRobot robot, javafx.stage.Stage proof) {
        ListView<StageRow> stages = robot.from(proof.getScene().getRoot()).lookup("#proofStages").queryListView();
        return stages.getItems().stream().map(r -> r.what() + " " + r.stage()).toList();
    }

    private static void press(FxRobot robot, javafx.stage.Stage proof, String buttonId) {
        javafx.scene.control.Button button = robot.from(proof.getScene().getRoot()).lookup("#" + buttonId).queryButton();
        robot.interact(button::fire);
    }

    @Test
    void theViewMenuOpensProofModeOnTheWorkstationsIssueAndAStepTakenThereIsAnUndoableEditOfIt(FxRobot robot) throws Exception {
        Path desk = Files.createTempDirectory("proof-beside").resolve("issue-0412");
        store.create(desk, issue());
        dev.broadsheet.ui.Workstation ws = workstationOn(robot, desk);
        DocumentSession session = sessionOf(ws);
        robot.interact(() -> session.execute(MoveFrameCommand.of(1, "f-p1", 1, Length.mm(10))));

        javafx.stage.Stage proof = openProofModeFromTheMenu(robot);
        assertThat(proof.getOwner()).isSameAs(stage);
        assertThat(proof.getTitle()).contains("issue-0412").contains(EDITOR.name());
        assertThat(stagesShown(robot, proof)).first().isEqualTo("page 1 已排");

        press(robot, proof, "proofStartRound");
        assertThat(session.issue().page(1).orElseThrow().status().stage()).isEqualTo(Stage.PROOF_1);
        assertThat(stagesShown(robot, proof)).first().isEqualTo("page 1 一校");
        assertThat(session.undoHistory()).as("the editor's move is still in the history under the step").hasSize(2);
        assertThat(store.load(desk).page(1).orElseThrow().status().stage()).isEqualTo(Stage.PROOF_1);

        // Edit ▸ Undo in the workstation takes the step back, and the proof window shows it at once.
        robot.interact(() -> ws.document().undo());
        assertThat(stagesShown(robot, proof)).first().isEqualTo("page 1 已排");
        assertThat(session.canUndo()).isTrue();

        // Asked again, the menu brings the same window forward instead of opening a second one.
        assertThat(openProofModeFromTheMenu(robot)).isSameAs(proof);
        assertThat(javafx.stage.Window.getWindows().stream().filter(w -> w.isShowing() && w != stage)).hasSize(1);
    }

    @Test
    void aProofWindowFollowsTheWorkstationToTheNextIssueAndClosesWhenItHasNoFolder(FxRobot robot) throws Exception {
        Path root = Files.createTempDirectory("proof-follow");
        Path first = root.resolve("issue-0412");
        Path second = root.resolve("issue-0413");
        store.create(first, issue());
        store.create(second, issue());
        ProofModeViewModel.openFolder(second, EDITOR, clock).advancePage(1, Stage.PROOF_1);
        dev.broadsheet.ui.Workstation ws = workstationOn(robot, first);
        DocumentSession firstSession = sessionOf(ws);
        javafx.stage.Stage proof = openProofModeFromTheMenu(robot);
        assertThat(stagesShown(robot, proof)).first().isEqualTo("page 1 已排");

        robot.interact(() -> ws.files().open(second));
        waitUntil(() -> proof.getTitle().contains("issue-0413") && sessionOf(ws) != firstSession);
        assertThat(proof.isShowing()).isTrue();
        assertThat(proofWindow()).contains(proof);
        assertThat(stagesShown(robot, proof)).first().isEqualTo("page 1 一校");

        // A step taken now lands on the second issue's session, not on the one the workstation left.
        press(robot, proof, "proofCheck");
        assertThat(sessionOf(ws).issue().page(1).orElseThrow().status().stage()).isEqualTo(Stage.CHECKED);
        assertThat(sessionOf(ws).canUndo()).isTrue();
        assertThat(firstSession.canUndo()).isFalse();
        assertThat(store.load(first).page(1).orElseThrow().status().stage()).isEqualTo(Stage.LAID_OUT);

        // A new issue has no folder for reviews yet: the proof window closes.
        robot.interact(() -> ws.files().newIssue());
        waitUntil(() -> !proof.isShowing());
        assertThat(proofWindow()).isEmpty();
    }
}
