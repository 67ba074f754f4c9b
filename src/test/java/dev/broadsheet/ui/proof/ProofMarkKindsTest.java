package dev.broadsheet.ui.proof;

import static dev.broadsheet.ui.proof.ProofFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.model.Issue;
import dev.broadsheet.model.MarkKind;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.PagePreset;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Review;
import dev.broadsheet.model.Stage;
import dev.broadsheet.review.ReviewFiles;
import dev.broadsheet.store.IssueStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every GB/T 14706 kind proof mode offers: made by the proofreader with what that kind needs (or refused
 * with the reason), and carried out by the editor's accept as one undoable edit.
 */
class ProofMarkKindsTest {

    @TempDir
    Path root;

    private final Clock clock = Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC);
    private final IssueStore store = new IssueStore();

    private Path desk(Issue issue) throws Exception {
        Path desk = root.resolve("desk");
        store.create(desk, issue);
        ProofModeViewModel.openFolder(desk, EDITOR, clock).advancePage(1, Stage.PROOF_1);
        return desk;
    }

    private static PageTarget words(Issue issue, int paragraph, String quote) {
        return new PageTarget.Text(select(issue, paragraph, quote));
    }

    private static PageTarget pointBefore(Issue issue, int paragraph, String quote) {
        TextSelection s = select(issue, paragraph, quote);
        return new PageTarget.Text(new TextSelection(s.storyId(), s.section(), s.paragraph(), s.start(), s.start()));
    }

    private static List<String> paragraphs(Issue issue) {
        return issue.story("s1").orElseThrow().paragraphs().stream().map(Paragraph::text).toList();
    }

    /**
     * The proofreader makes the mark; the editor accepts it: the text is as expected (in the session and on
     * disk), the mark is 已改, and undo brings the text back.
     */
    private void acceptedGives(MarkKind kind, PageTarget on, String replacement, int pivot, List<String> expected) throws Exception {
        Path desk = desk(issue());
        ProofModeViewModel reader = ProofModeViewModel.openFolder(desk, PROOFREADER, clock);
        MarkRow made = reader.addMark(kind, on, replacement, pivot, "");
        assertThat(made.kind()).isEqualTo(kind.label());
        assertThat(reader.session().canUndo()).as("marking edits nothing").isFalse();

        ProofModeViewModel editor = ProofModeViewModel.openFolder(desk, EDITOR, clock);
        List<String> before = paragraphs(editor.issue());
        editor.accept(made.id());
        assertThat(paragraphs(editor.issue())).isEqualTo(expected);
        assertThat(paragraphs(store.load(desk))).isEqualTo(expected);
        assertThat(editor.marks()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("已改"));
        if (kind.changesText()) {
            assertThat(editor.session().undoName()).hasValueSatisfying(n -> assertThat(n).contains(kind.label()));
            editor.session().undo();
        }
        assertThat(paragraphs(editor.issue())).isEqualTo(before);
    }

    @Test
    void replacePutsTheNewWordsInPlaceOfTheMarkedOnes() throws Exception {
        Issue issue = issue();
        acceptedGives(MarkKind.REPLACE, words(issue, 1, "膜生物反应器"), "MBR", 0,
                List.of(P0, P1.replace("膜生物反应器", "MBR"), P2));
    }

    @Test
    void deleteTakesTheMarkedWordsOut() throws Exception {
        Issue issue = issue();
        acceptedGives(MarkKind.DELETE, words(issue, 0, "今年"), "", 0, List.of(P0.replace("今年", ""), P1, P2));
    }

    @Test
    void insertPutsTheWordsAtThePoint() throws Exception {
        Issue issue = issue();
        acceptedGives(MarkKind.INSERT, pointBefore(issue, 0, "污水处理厂"), "大型", 0,
                List.of(P0.replace("三座污水", "三座大型污水"), P1, P2));
    }

    @Test
    void swapExchangesThePiecesAtThePivot() throws Exception {
        Issue issue = issue();
        acceptedGives(MarkKind.SWAP, words(issue, 1, "出水水质"), "", 2, List.of(P0, P1.replace("出水水质", "水质出水"), P2));
    }

    @Test
    void runOnJoinsTheParagraphWithTheNext() throws Exception {
        Issue issue = issue();
        acceptedGives(MarkKind.RUN_ON, words(issue, 0, "十五万吨。"), "", 0, List.of(P0 + P1, P2));
    }

    @Test
    void newParagraphSplitsAtThePoint() throws Exception {
        Issue issue = issue();
        int at = P1.indexOf("出水");
        acceptedGives(MarkKind.NEW_PARAGRAPH, pointBefore(issue, 1, "出水"), "", 0,
                List.of(P0, P1.substring(0, at), P1.substring(at), P2));
    }

    @Test
    void stetIsAcceptedWithoutChangingTheText() throws Exception {
        Issue issue = issue();
        acceptedGives(MarkKind.STET, words(issue, 2, "全收集"), "", 0, List.of(P0, P1, P2));
    }

    @Test
    void marksAfterASplitOrAJoinStayOnTheirWords() throws Exception {
        Path desk = desk(issue());
        ProofModeViewModel reader = ProofModeViewModel.openFolder(desk, PROOFREADER, clock);
        Issue issue = reader.issue();
        MarkRow split = reader.addMark(MarkKind.NEW_PARAGRAPH, pointBefore(issue, 1, "出水"), "", 0, "");
        MarkRow later = reader.addMark(MarkKind.DELETE, words(issue, 2, "下一步，"), "", 0, "");
        MarkRow join = reader.addMark(MarkKind.RUN_ON, words(issue, 0, "十五万吨。"), "", 0, "");

        ProofModeViewModel editor = ProofModeViewModel.openFolder(desk, EDITOR, clock);
        editor.accept(split.id());
        assertThat(paragraphs(editor.issue())).hasSize(4);
        // The deletion in what is now ¶3 still finds its words, and is carried out there.
        assertThat(editor.marks()).filteredOn(r -> r.id().equals(later.id())).singleElement()
                .satisfies(r -> assertThat(r.anchor()).startsWith("story s1 §0 ¶3 [0,4)"));
        editor.accept(later.id());
        editor.accept(join.id());
        int at = P1.indexOf("出水");
        assertThat(paragraphs(editor.issue())).containsExactly(P0 + P1.substring(0, at), P1.substring(at), P2.substring("下一步，".length()));
        assertThat(editor.marks()).allSatisfy(r -> assertThat(r.status()).isEqualTo("已改")).noneMatch(MarkRow::needsAttention);
    }

    @Test
    void besideTheWorkstationAnAcceptedCorrectionIsAnEditInItsSessionAndItsUnsavedWorkIsKept() throws Exception {
        Path desk = desk(issue());
        ProofModeViewModel reader = ProofModeViewModel.openFolder(desk, PROOFREADER, clock);
        MarkRow made = reader.addMark(MarkKind.REPLACE, words(reader.issue(), 1, "膜生物反应器"), "MBR", 0, "");

        // The workstation has the issue open and an unsaved edit of ¶2 when the editor accepts in proof mode.
        dev.broadsheet.edit.DocumentSession workstation = new dev.broadsheet.edit.DocumentSession(store.load(desk));
        workstation.execute(dev.broadsheet.edit.EditStoryTextCommand.ofPlainText(workstation.issue().story("s1").orElseThrow(), 0,
                String.join("\n", P0, P1, "下一步，高新区将加快推进管网建设。")));
        ProofModeViewModel editor = ProofModeViewModel.beside(workstation, desk, EDITOR, clock);
        editor.accept(made.id());

        List<String> expected = List.of(P0, P1.replace("膜生物反应器", "MBR"), "下一步，高新区将加快推进管网建设。");
        assertThat(paragraphs(workstation.issue())).isEqualTo(expected);
        assertThat(workstation.undoName()).hasValueSatisfying(n -> assertThat(n).contains("改正"));
        assertThat(workstation.isDirty()).as("what proof mode saved is what the workstation shows").isFalse();
        assertThat(paragraphs(store.load(desk))).isEqualTo(expected);

        // The editor then puts a paragraph in front in the workstation: the marks are placed again at once.
        MarkRow later = reader.addMark(MarkKind.DELETE, words(reader.issue(), 2, "管网建设"), "", 0, "");
        editor.reload();
        workstation.execute(dev.broadsheet.edit.EditStoryTextCommand.ofPlainText(workstation.issue().story("s1").orElseThrow(), 0,
                String.join("\n", "新导语。", expected.get(0), expected.get(1), expected.get(2))));
        assertThat(editor.placedMarks()).filteredOn(m -> m.mark().id().equals(later.id())).singleElement()
                .satisfies(m -> assertThat(m.mark().anchor().describe()).startsWith("story s1 §0 ¶3"));
    }

    @Test
    void eachKindIsRefusedWithoutWhatItNeedsAndNothingIsWritten() throws Exception {
        Path desk = desk(issue());
        ProofModeViewModel reader = ProofModeViewModel.openFolder(desk, PROOFREADER, clock);
        Issue issue = reader.issue();
        PageTarget photo = new PageTarget.Frame(1, "f-p1");
        assertThatThrownBy(() -> reader.addMark(MarkKind.COMMENT, null, "", 0, "?")).hasMessageContaining("choose what to mark");
        assertThatThrownBy(() -> reader.addMark(MarkKind.DELETE, photo, "", 0, "")).hasMessageContaining("删除 marks words of a story");
        assertThatThrownBy(() -> reader.addMark(MarkKind.REPLACE, words(issue, 1, "膜生物反应器"), " ", 0, ""))
                .hasMessageContaining("改正: type the words to put in");
        assertThatThrownBy(() -> reader.addMark(MarkKind.REPLACE, pointBefore(issue, 1, "膜"), "X", 0, ""))
                .hasMessageContaining("改正: select the words");
        assertThatThrownBy(() -> reader.addMark(MarkKind.DELETE, pointBefore(issue, 1, "膜"), "", 0, ""))
                .hasMessageContaining("删除: select the words");
        assertThatThrownBy(() -> reader.addMark(MarkKind.INSERT, pointBefore(issue, 1, "膜"), "", 0, ""))
                .hasMessageContaining("增补: type the words");
        assertThatThrownBy(() -> reader.addMark(MarkKind.SWAP, words(issue, 1, "出水水质"), "", 4, ""))
                .hasMessageContaining("对调: the second piece must begin inside “出水水质” (1 to 3), got 4");
        assertThatThrownBy(() -> reader.addMark(MarkKind.NEW_PARAGRAPH, new PageTarget.Text(new TextSelection("s1", 0, 1, 0, 0)), "", 0, ""))
                .hasMessageContaining("另起: click the point inside the paragraph");
        assertThatThrownBy(() -> reader.addMark(MarkKind.RUN_ON, words(issue, 2, "管网"), "", 0, ""))
                .hasMessageContaining("接排: the paragraph has no following paragraph");
        assertThat(reader.marks()).isEmpty();
        assertThat(ReviewFiles.list(desk)).isEmpty();
    }

    @Test
    void commentsGoOnWordsOnAFrameOrOnAPointOfThePage() throws Exception {
        Path desk = desk(issue());
        ProofModeViewModel reader = ProofModeViewModel.openFolder(desk, PROOFREADER, clock);
        reader.addMark(MarkKind.COMMENT, words(reader.issue(), 1, "膜生物反应器"), "", 0, "核实工艺名称");
        reader.addMark(MarkKind.COMMENT, new PageTarget.Frame(1, "f-p1"), "", 0, "图片偏暗");
        reader.addMark(MarkKind.COMMENT, new PageTarget.Point(1, 500, 700), "", 0, "此处留白过多");
        assertThat(reader.marks()).extracting(MarkRow::anchor).containsExactly(
                "story s1 §0 ¶1 [8,14) “膜生物反应器”", "page 1 frame f-p1", "page 1 at 500pt, 700pt");
    }

    @Test
    void aReplyGoesIntoTheRepliersOwnFileAndTheThreadShowsEveryReplyInOrder() throws Exception {
        Path desk = desk(issue());
        ProofModeViewModel reader = ProofModeViewModel.openFolder(desk, PROOFREADER, Clock.fixed(T0.plusSeconds(100), ZoneOffset.UTC));
        MarkRow mark = reader.addMark(MarkKind.COMMENT, words(reader.issue(), 2, "管网建设"), "", 0, "管网长度？");
        Path readerFile = ReviewFiles.fileOf(desk, PROOFREADER);
        String readerFileBefore = Files.readString(readerFile);

        ProofModeViewModel editor = ProofModeViewModel.openFolder(desk, EDITOR, Clock.fixed(T0.plusSeconds(200), ZoneOffset.UTC));
        editor.reply(mark.id(), "约 12 公里，已补");
        assertThat(Files.readString(readerFile)).as("the editor never writes the proofreader's file").isEqualTo(readerFileBefore);
        Review editorsOwn = ReviewFiles.read(ReviewFiles.fileOf(desk, EDITOR));
        assertThat(editorsOwn.marks()).isEmpty();
        assertThat(editorsOwn.responses()).singleElement().satisfies(r -> {
            assertThat(r.markId()).isEqualTo(mark.id());
            assertThat(r.text()).isEqualTo("约 12 公里，已补");
            assertThat(r.newState()).isNull();
        });

        ProofModeViewModel readerAgain = ProofModeViewModel.openFolder(desk, PROOFREADER, Clock.fixed(T0.plusSeconds(300), ZoneOffset.UTC));
        readerAgain.reply(mark.id(), "好");
        assertThat(readerAgain.marks()).singleElement().satisfies(r -> {
            assertThat(r.status()).as("a reply decides nothing").isEqualTo("待处理");
            assertThat(r.thread()).containsExactly(
                    "李校对: 批注 管网长度？",
                    "↳ 张编辑 (" + T0.plusSeconds(200) + "): 约 12 公里，已补",
                    "↳ 李校对 (" + T0.plusSeconds(300) + "): 好");
            assertThat(r.line()).endsWith("💬2");
        });
        assertThatThrownBy(() -> readerAgain.reply(mark.id(), "  ")).hasMessageContaining("needs some text");
        assertThatThrownBy(() -> readerAgain.reply("nobody-9", "?")).hasMessageContaining("no mark nobody-9");
    }

    @Test
    void pagesAreSteppedThroughAndAChoiceStaysOnItsPage() throws Exception {
        Issue one = issue();
        List<Page> pages = new ArrayList<>(one.pages());
        pages.add(Page.blank(2, PagePreset.BROADSHEET));
        pages.add(Page.blank(3, PagePreset.BROADSHEET));
        Path desk = desk(new Issue(one.masthead(), one.date(), one.issueNumber(), one.edition(), one.sections(), one.styles(),
                pages, one.stories(), one.photos(), one.revision()));
        ProofModeViewModel reader = ProofModeViewModel.openFolder(desk, PROOFREADER, clock);
        assertThat(reader.pageNumbers()).containsExactly(1, 2, 3);
        assertThat(reader.currentPage()).isEqualTo(1);
        assertThat(reader.hasPreviousPage()).isFalse();
        assertThat(reader.previousPage()).isFalse();
        reader.targetProperty().set(new PageTarget.Frame(1, "f-p1"));
        assertThat(reader.nextPage()).isTrue();
        assertThat(reader.currentPage()).isEqualTo(2);
        assertThat(reader.target()).as("a choice on page 1 is not about page 2").isNull();
        reader.goToPage(3);
        assertThat(reader.hasNextPage()).isFalse();
        assertThat(reader.nextPage()).isFalse();
        assertThat(reader.currentPage()).isEqualTo(3);
        assertThatThrownBy(() -> reader.goToPage(9)).hasMessageContaining("no page 9");
        assertThat(reader.previousPage()).isTrue();
        assertThat(reader.currentPage()).isEqualTo(2);
    }

    @Test
    void theTypedWayStillChoosesWordsAndProofModeNeverEditsByHand() throws Exception {
        Path desk = desk(issue());
        ProofModeViewModel reader = ProofModeViewModel.openFolder(desk, PROOFREADER, clock);
        assertThat(reader.targetText("管网建设")).isEqualTo(words(reader.issue(), 2, "管网建设"));
        assertThat(reader.describeTarget()).isEqualTo("story s1 §0 ¶2 [12,16) “管网建设”");
        assertThatThrownBy(() -> reader.targetText("不存在的词")).hasMessageContaining("is not in any story");
        reader.addMark(MarkKind.DELETE, reader.target(), "", 0, "");
        assertThat(reader.canMoveOrEdit()).isFalse();
        assertThat(reader.session().canUndo()).isFalse();
        assertThat(store.load(desk).story("s1")).isEqualTo(reader.issue().story("s1"));
    }
}
