package dev.broadsheet.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.render.fx.FxPageRenderer;
import dev.broadsheet.render.fx.ImageSource;
import dev.broadsheet.store.IssueStore;
import dev.broadsheet.store.SampleIssue;
import dev.broadsheet.typeset.IssueComposer;
import dev.broadsheet.typeset.LaidOutPage;
import dev.broadsheet.ui.Messages;
import dev.broadsheet.ui.Workstation;
import dev.broadsheet.ui.files.IssueLocks;
import dev.broadsheet.ui.files.PreferencesRecentIssues;
import dev.broadsheet.store.PreferencesStore;
import dev.broadsheet.ui.files.StoreIssueRepository;
import dev.broadsheet.ui.files.UserPrompts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import dev.broadsheet.model.Role;
import dev.broadsheet.model.User;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Export… and the print pages, headless, on the real store, composer and PDF renderer. */
@ExtendWith(ApplicationExtension.class)
class ExportUiTest {
    private Workstation ws;
    private Path issueDir;
    private final List<String> prompts = new ArrayList<>();

    @TempDir
    Path out;

    private final List<List<Integer>> overridesAsked = new ArrayList<>();
    private String overrideReason;

    @Start
    void start(Stage stage) throws IOException {
        Path root = Files.createTempDirectory("export-ui");
        issueDir = root.resolve("issue-0412");
        new IssueStore().create(issueDir, SampleIssue.load());
        BundledFonts fonts = BundledFonts.shared();
        IssueComposer composer = new IssueComposer(fonts);
        UserPrompts scripted = new UserPrompts() {
            @Override
            public SaveChoice askToSaveChanges(String issueName) {
                return SaveChoice.CANCEL;
            }

            @Override
            public boolean offerRecovery(String issueName) {
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
                new PreferencesRecentIssues(new PreferencesStore(root.resolve("preferences.json"))), scripted, true)
                .withUser(new User("张编辑", Role.LAYOUT_EDITOR), pages -> {
                    overridesAsked.add(pages);
                    return Optional.ofNullable(overrideReason);
                }));
        stage.show();
        ws.files().open(issueDir);
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exportFromTheMenuWritesThePdfAndSaysSo(FxRobot robot) throws Exception {
        waitUntil(() -> ws.document().layout() != null && !ws.document().layout().pages().isEmpty());
        int pages = ws.document().layout().pages().size();
        Path target = out.resolve("proof.pdf");

        robot.interact(() -> ws.canvas().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#exportTarget").tryQuery().isPresent());

        TextField field = robot.lookup("#exportTarget").queryAs(TextField.class);
        assertThat(field.getText()).as("proposes a PDF next to the issue folder").endsWith("issue-0412.pdf");
        robot.interact(() -> field.setText(target.toString()));
        robot.clickOn("#exportMarks");
        robot.clickOn(robot.lookup("#exportOk").queryAs(Button.class));

        waitUntil(() -> ws.export().viewModel().outcome() != null);
        assertThat(ws.export().viewModel().outcome().kind()).isEqualTo(ExportViewModel.Kind.WRITTEN);
        assertThat(target).isNotEmptyFile();
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(pages);
            // Marks were chosen in the dialog: the sheet is larger than the trim box.
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isGreaterThan(pdf.getPage(0).getTrimBox().getWidth());
        }
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).startsWith("Exported").contains(target.toString());
        assertThat(prompts).isEmpty();
        // The editor was never blocked: the main window still has the focus-able canvas and no modal left open.
        assertThat(robot.lookup("#exportTarget").tryQuery()).isEmpty();
    }

    @Test
    void exportForPressOfAPageNotSignedOffAsksForAnOverrideRecordsItSavesAndThenExports(FxRobot robot) throws Exception {
        waitUntil(() -> ws.document().layout() != null && !ws.document().layout().pages().isEmpty());
        Path target = out.resolve("press.pdf");
        overrideReason = "赶印，值班总编电话同意";

        robot.interact(() -> ws.canvas().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#exportTarget").tryQuery().isPresent());
        TextField field = robot.lookup("#exportTarget").queryAs(TextField.class);
        robot.interact(() -> field.setText(target.toString()));
        robot.clickOn("#exportPress");
        robot.clickOn(robot.lookup("#exportOk").queryAs(Button.class));

        waitUntil(() -> ws.export().viewModel().outcome() != null && !ws.document().isDirty());
        assertThat(overridesAsked).containsExactly(List.of(1));
        assertThat(ws.export().viewModel().outcome().kind()).isEqualTo(ExportViewModel.Kind.WRITTEN);
        assertThat(target).isNotEmptyFile();
        assertThat(dev.broadsheet.review.Workflow.printOverrides(new IssueStore().load(issueDir).page(1).orElseThrow()))
                .as("recorded in the saved issue, with who and why")
                .singleElement().satisfies(c -> {
                    assertThat(c.by()).isEqualTo("张编辑");
                    assertThat(c.note()).endsWith("赶印，值班总编电话同意");
                });
    }

    @Test
    void printBuildsOneScaledPageNodePerLaidOutPage(FxRobot robot) throws Exception {
        waitUntil(() -> ws.document().layout() != null && !ws.document().layout().pages().isEmpty());
        List<LaidOutPage> pages = ws.document().layout().pages();
        double printableWidth = 540;   // A4 portrait minus margins, in points
        double printableHeight = 770;
        List<Node> nodes = new ArrayList<>();
        robot.interact(() -> nodes.addAll(PrintPages.build(pages,
                new FxPageRenderer(BundledFonts.shared(), ImageSource.none()), printableWidth, printableHeight)));

        assertThat(nodes).hasSize(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            LaidOutPage page = pages.get(i);
            double scale = PrintPages.fitScale(page.width(), page.height(), printableWidth, printableHeight);
            assertThat(scale).isLessThan(1);  // a broadsheet page is larger than A4
            Bounds b = nodes.get(i).getBoundsInParent();
            assertThat(b.getWidth()).isCloseTo(page.width() * scale, org.assertj.core.data.Offset.offset(0.5));
            assertThat(b.getHeight()).isCloseTo(page.height() * scale, org.assertj.core.data.Offset.offset(0.5));
            assertThat(b.getMinX()).isGreaterThanOrEqualTo(-0.01);
            assertThat(b.getMaxX()).isLessThanOrEqualTo(printableWidth + 0.01);
            assertThat(b.getMaxY()).isLessThanOrEqualTo(printableHeight + 0.01);
            assertThat(nodes.get(i).getUserData()).isEqualTo(page.pageNumber());
        }
    }
}
