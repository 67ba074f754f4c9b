package dev.broadsheet.ui.proof;

import static dev.broadsheet.ui.proof.ProofFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.edit.DocumentSession;
import dev.broadsheet.edit.EditStoryTextCommand;
import dev.broadsheet.edit.MoveFrameCommand;
import dev.broadsheet.edit.RecordStatusChangeCommand;
import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Stage;
import dev.broadsheet.store.IssueLock;
import dev.broadsheet.review.IssueChanges;
import dev.broadsheet.review.IssuePackage;
import dev.broadsheet.store.IssueStore;
import dev.broadsheet.typeset.IssueComposer;
import dev.broadsheet.typeset.LaidOutPage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProofModeViewModelTest {

    @TempDir
    Path root;

    private final Clock clock = Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC);
    private final IssueStore store = new IssueStore();

    private Path deskWithProofRound() throws Exception {
        Path desk = root.resolve("desk");
        store.create(desk, issue());
        ProofModeViewModel editor = ProofModeViewModel.openFolder(desk, EDITOR, clock);
        editor.advancePage(1, Stage.PROOF_1);
        return desk;
    }

    @Test
    void theWholeLoopFromPackageToSignOff() throws Exception {
        Path desk = deskWithProofRound();
        Path zip = root.resolve("out.zip");
        IssuePackage.write(desk, zip);

        // The proofreader opens the package read-only and marks it.
        ProofModeViewModel reader = ProofModeViewModel.openPackage(zip, root.resolve("laptop"), PROOFREADER, clock);
        assertThat(reader.canMoveOrEdit()).isFalse();
        assertThat(reader.canDecide()).isFalse();
        assertThat(reader.stages()).first().satisfies(r -> {
            assertThat(r.what()).isEqualTo("page 1");
            assertThat(r.stage()).isEqualTo("一校");
            assertThat(r.by()).isEqualTo("张编辑");
        });
        MarkRow comment = reader.addComment(select(reader.issue(), 2, "管网建设"), "管网长度？");
        MarkRow replace = reader.addReplace(select(reader.issue(), 1, "膜生物反应器"), "MBR", "用缩写");
        assertThat(reader.marks()).extracting(MarkRow::kind).containsExactly("批注", "改正");
        assertThatThrownBy(() -> reader.accept(replace.id())).hasMessageContaining("layout desk decides");
        Path back = root.resolve("back.zip");
        IssuePackage.write(reader.issueDir(), back);

        // Meanwhile the editor moved the photo and edited another paragraph of the same story.
        DocumentSession session = new DocumentSession(store.load(desk));
        session.execute(MoveFrameCommand.of(1, "f-p1", 1, Length.mm(10)));
        session.execute(EditStoryTextCommand.ofPlainText(session.issue().story("s1").orElseThrow(), 0,
                String.join("\n", "本报讯 今年高新区新建成三座污水处理厂，日处理能力达到十五万吨。", P1, P2)));
        store.save(desk, session.issue());
        IssuePackage.importReviews(back, desk, EDITOR, IssuePackage.Limits.DEFAULT);

        ProofModeViewModel editor = ProofModeViewModel.openFolder(desk, EDITOR, clock);
        assertThat(editor.marks()).extracting(MarkRow::id).containsExactly(comment.id(), replace.id());
        assertThat(editor.marks()).noneMatch(MarkRow::needsAttention);
        assertThat(editor.marks()).extracting(MarkRow::anchor).contains("story s1 §0 ¶1 [8,14) “膜生物反应器”");
        IssueChanges changes = editor.changesSinceProof(1).orElseThrow();
        assertThat(changes.frames()).extracting(IssueChanges.FrameChange::frameId).containsExactly("f-p1");
        assertThat(changes.text()).extracting(IssueChanges.TextChange::paragraph).containsExactly(0);

        // 核红 lists the marks still open.
        CheckResult refused = editor.checkPage(1);
        assertThat(refused.done()).isFalse();
        assertThat(refused.openMarks()).extracting(MarkRow::id).containsExactly(comment.id(), replace.id());

        // Accepting the correction edits the text (undoable) and the page re-flows.
        editor.accept(replace.id());
        assertThat(editor.issue().story("s1").orElseThrow().paragraphs().get(1).text()).contains("采用MBR工艺");
        assertThat(editor.session().canUndo()).isTrue();
        assertThat(text(compose(editor.issue()))).contains("MBR").doesNotContain("膜生物反应器");
        assertThat(store.load(desk).story("s1").orElseThrow().paragraphs().get(1).text()).contains("MBR");

        CheckResult stillOpen = editor.checkPage(1);
        assertThat(stillOpen.openMarks()).extracting(MarkRow::id).containsExactly(comment.id());
        editor.resolve(comment.id(), "共 12 公里");
        assertThat(editor.checkPage(1).done()).isTrue();
        assertThat(editor.signOff(1)).satisfies(r -> {
            assertThat(r.done()).isFalse();
            assertThat(r.message()).contains("值班总编");
        });

        ProofModeViewModel duty = ProofModeViewModel.openFolder(desk, DUTY, clock);
        assertThat(duty.signOff(1).done()).isTrue();
        assertThat(duty.stages()).first().satisfies(r -> {
            assertThat(r.stage()).isEqualTo("签发");
            assertThat(r.by()).isEqualTo("赵总编");
            assertThat(r.role()).isEqualTo("值班总编");
            assertThat(r.at()).isEqualTo(clock.instant());
        });
        assertThat(store.load(desk).page(1).orElseThrow().status().stage()).isEqualTo(Stage.SIGNED_OFF);
    }

    @Test
    void aStageChangeBesideTheWorkstationKeepsTheEditorsUndoHistoryAndIsItselfUndoable() throws Exception {
        Path desk = root.resolve("desk");
        store.create(desk, issue());
        DocumentSession session = new DocumentSession(store.load(desk));
        session.execute(MoveFrameCommand.of(1, "f-p1", 1, Length.mm(10)));
        Issue moved = session.issue();
        ProofModeViewModel editor = ProofModeViewModel.beside(session, desk, EDITOR, clock);

        editor.advancePage(1, Stage.PROOF_1);

        assertThat(session.undoHistory()).hasSize(2);
        assertThat(session.nextUndo()).get().isInstanceOf(RecordStatusChangeCommand.class);
        assertThat(session.isDirty()).as("the step is saved with the issue").isFalse();
        assertThat(store.load(desk).page(1).orElseThrow().status().stage()).isEqualTo(Stage.PROOF_1);
        assertThat(editor.stages()).first().satisfies(r -> assertThat(r.stage()).isEqualTo("一校"));

        session.undo();
        assertThat(session.issue().page(1).orElseThrow().status()).isEqualTo(moved.page(1).orElseThrow().status());
        assertThat(editor.stages()).first().satisfies(r -> assertThat(r.stage()).isEqualTo("已排"));
        session.undo();
        assertThat(session.canUndo()).as("the editor's move was still there to undo").isFalse();
        assertThat(session.issue().page(1).orElseThrow().frames()).isEqualTo(issue().page(1).orElseThrow().frames());

        // 核红 and 签发 are recorded the same way.
        session.redo();
        session.redo();
        assertThat(editor.checkPage(1).done()).isTrue();
        ProofModeViewModel duty = ProofModeViewModel.beside(session, desk, DUTY, clock);
        assertThat(duty.signOff(1).done()).isTrue();
        assertThat(session.issue().page(1).orElseThrow().status().stage()).isEqualTo(Stage.SIGNED_OFF);
        assertThat(session.undoHistory()).hasSize(4);

        // A closed view model (its window moved on to another issue) no longer follows the session.
        String signed = duty.stages().get(0).stage();
        duty.close();
        session.undo();
        assertThat(duty.stages().get(0).stage()).isEqualTo(signed);
        assertThat(editor.stages().get(0).stage()).isNotEqualTo(signed);
    }

    @Test
    void highlightsSitOnTheMarkedWordsAndTheFrame() throws Exception {
        Path desk = deskWithProofRound();
        ProofModeViewModel reader = ProofModeViewModel.openFolder(desk, PROOFREADER, clock);
        reader.addReplace(select(reader.issue(), 1, "膜生物反应器"), "MBR", "");
        reader.addFrameComment(1, "f-p1", "图片偏暗");
        LaidOutPage page = compose(reader.issue());

        List<MarkHighlights.Highlight> lights = MarkHighlights.on(page, reader.issue(), reader.placedMarks());

        var textBox = page.frames().stream().filter(f -> f.frameId().equals("f-s1")).findFirst().orElseThrow();
        var photoBox = page.frames().stream().filter(f -> f.frameId().equals("f-p1")).findFirst().orElseThrow();
        List<MarkHighlights.Highlight> onText = lights.stream().filter(h -> h.markId().endsWith("-1")).toList();
        assertThat(onText).isNotEmpty().allSatisfy(h -> {
            assertThat(h.width()).isGreaterThan(0);
            assertThat(h.x()).isBetween(textBox.x(), textBox.x() + textBox.width());
            assertThat(h.y()).isBetween(textBox.y(), textBox.y() + textBox.height());
            assertThat(h.open()).isTrue();
        });
        // Six characters of body text: at most six ems wide in all.
        double size = page.lines().get(0).runs().get(0).size();
        assertThat(onText.stream().mapToDouble(MarkHighlights.Highlight::width).sum()).isBetween(5 * size, 6.5 * size);
        assertThat(lights).filteredOn(h -> h.markId().endsWith("-2")).singleElement().satisfies(h -> {
            assertThat(h.x()).isEqualTo(photoBox.x());
            assertThat(h.width()).isEqualTo(photoBox.width());
        });
    }

    @Test
    void aSelectionPastTheParagraphIsRefusedAndNothingIsSaved() throws Exception {
        Path desk = deskWithProofRound();
        ProofModeViewModel reader = ProofModeViewModel.openFolder(desk, PROOFREADER, clock);
        assertThatThrownBy(() -> reader.addComment(new TextSelection("s1", 0, 1, 10, 400), "x"))
                .hasMessageContaining("runs past");
        assertThat(reader.marks()).isEmpty();
        assertThat(ProofModeViewModel.openFolder(desk, EDITOR, clock).marks()).isEmpty();
    }

    @Test
    void typedWordsFindTheirPlaceInTheStoryText() throws Exception {
        ProofModeViewModel reader = ProofModeViewModel.openFolder(deskWithProofRound(), PROOFREADER, clock);
        assertThat(reader.findText("管网建设")).contains(new TextSelection("s1", 0, 2, 12, 16));
        assertThat(reader.findText("不存在的词")).isEmpty();
    }

    static LaidOutPage compose(Issue issue) {
        return new IssueComposer(BundledFonts.shared()).compose(issue).page(1).orElseThrow();
    }

    static String text(LaidOutPage page) {
        StringBuilder b = new StringBuilder();
        page.lines().forEach(l -> b.append(l.text()));
        return b.toString();
    }

    @Test
    void whileAnotherWorkstationHoldsTheIssueStepsAndAcceptsAreRefusedAndNothingIsWritten() throws Exception {
        Path desk = deskWithProofRound();
        ProofModeViewModel editor = ProofModeViewModel.openFolder(desk, EDITOR, clock);
        IssueLock.Policy elsewhere = new IssueLock.Policy("desk-7", 4242, null, clock, java.time.Duration.ofHours(12));
        var attempt = IssueLock.tryAcquire(desk, new dev.broadsheet.model.User("王编辑", dev.broadsheet.model.Role.LAYOUT_EDITOR), elsewhere);
        assertThat(attempt).isInstanceOf(IssueLock.Acquired.class);
        byte[] before = java.nio.file.Files.readAllBytes(desk.resolve("issue.json"));

        assertThatThrownBy(() -> editor.advancePage(1, Stage.LAID_OUT))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("王编辑").hasMessageContaining("desk-7");
        assertThatThrownBy(() -> editor.signOff(1)).isInstanceOf(IllegalStateException.class).hasMessageContaining("王编辑");
        assertThat(java.nio.file.Files.readAllBytes(desk.resolve("issue.json"))).as("issue.json untouched").isEqualTo(before);

        ((IssueLock.Acquired) attempt).lock().close();
        editor.advancePage(1, Stage.LAID_OUT);
        assertThat(store.load(desk).page(1).orElseThrow().status().stage()).isEqualTo(Stage.LAID_OUT);
    }
}
