package dev.broadsheet.review;

import static dev.broadsheet.review.ReviewFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.model.Anchor;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Mark;
import dev.broadsheet.model.MarkKind;
import dev.broadsheet.model.MarkState;
import dev.broadsheet.model.Stage;
import dev.broadsheet.model.StatusChange;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowTest {

    private final Workflow workflow = new Workflow(Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC));
    private final Issue laidOut = issue();

    private final Mark open = Mark.correction("李校对-1", MarkKind.REPLACE, anchorOn(laidOut, 1, "膜生物"), PROOFREADER_A.name(), T0, "膜生物学", "");
    private final Mark onPhoto = Mark.comment("王校对-1", new Anchor.FrameAnchor(1, "f-p1"), PROOFREADER_B.name(), T0, "图片偏暗");

    private Issue inFirstRound() {
        return workflow.advancePage(laidOut, 1, Stage.PROOF_1, PROOFREADER_A);
    }

    @Test
    void checkingRedIsRefusedWhileMarksAreOpenAndListsThem() {
        Issue round = inFirstRound();
        List<AnchoredMark> marks = Reanchoring.place(round, List.of(open, onPhoto.withState(MarkState.RESOLVED, EDITOR.name(), T0)));
        assertThatThrownBy(() -> workflow.checkPage(round, 1, PROOFREADER_A, marks))
                .isInstanceOfSatisfying(WorkflowException.class, e -> {
                    assertThat(e.openMarks()).extracting(m -> m.mark().id()).containsExactly("李校对-1");
                    assertThat(e.getMessage()).contains("核红 refused").contains("1 open mark").contains("李校对-1").contains("膜生物");
                });
        List<AnchoredMark> settled = Reanchoring.place(round, List.of(open.withState(MarkState.ACCEPTED, EDITOR.name(), T0),
                onPhoto.withState(MarkState.RESOLVED, EDITOR.name(), T0)));
        Issue checked = workflow.checkPage(round, 1, PROOFREADER_A, settled);
        assertThat(checked.page(1).orElseThrow().status().stage()).isEqualTo(Stage.CHECKED);
    }

    @Test
    void onlyTheDutyEditorSignsOffAndOnlyAfterCheckingRed() {
        Issue round = inFirstRound();
        assertThatThrownBy(() -> workflow.signOff(round, 1, DUTY)).hasMessageContaining("核红 first");
        Issue checked = workflow.checkPage(round, 1, PROOFREADER_A, List.of());
        assertThatThrownBy(() -> workflow.signOff(checked, 1, EDITOR))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("值班总编").hasMessageContaining(EDITOR.name());
        Issue signed = workflow.signOff(checked, 1, DUTY);
        StatusChange last = signed.page(1).orElseThrow().status().history().get(signed.page(1).orElseThrow().status().history().size() - 1);
        assertThat(last.stage()).isEqualTo(Stage.SIGNED_OFF);
        assertThat(last.by()).isEqualTo(DUTY.name());
        assertThat(last.at()).isEqualTo(T0.plusSeconds(3600));
        assertThat(Workflow.signedRevision(signed.page(1).orElseThrow())).contains(7L);
    }

    @Test
    void printExportWaitsForSignOffUnlessAnOverrideIsRecorded() {
        Issue round = inFirstRound();
        assertThatThrownBy(() -> Workflow.requireSignedOff(round, 1))
                .hasMessageContaining("page 1 is 一校").hasMessageContaining("not signed off");
        assertThatThrownBy(() -> workflow.overridePrint(round, 1, EDITOR, " ")).hasMessageContaining("reason");
        Issue overridden = workflow.overridePrint(round, 1, EDITOR, "付印时间到，总编电话同意");
        assertThat(Workflow.printOverrides(overridden.page(1).orElseThrow())).singleElement().satisfies(c -> {
            assertThat(c.by()).isEqualTo(EDITOR.name());
            assertThat(c.note()).endsWith("总编电话同意");
            assertThat(c.stage()).isEqualTo(Stage.PROOF_1);
        });
        Issue signed = workflow.signOff(workflow.checkPage(round, 1, PROOFREADER_A, List.of()), 1, DUTY);
        Workflow.requireSignedOff(signed, 1);
        // An override on a signed page neither hides its signed revision nor who signed it.
        Issue overriddenAfter = workflow.overridePrint(signed, 1, EDITOR, "加印");
        assertThat(Workflow.signedRevision(overriddenAfter.page(1).orElseThrow())).contains(7L);
        assertThat(Workflow.lastStageChange(overriddenAfter.page(1).orElseThrow().status()).orElseThrow().by()).isEqualTo(DUTY.name());
    }

    @Test
    void roundsFollowEachOtherAndCannotBeSkipped() {
        assertThatThrownBy(() -> workflow.advancePage(laidOut, 1, Stage.PROOF_2, EDITOR)).hasMessageContaining("一校");
        assertThatThrownBy(() -> workflow.advancePage(laidOut, 1, Stage.SIGNED_OFF, DUTY)).hasMessageContaining("use 签发");
        Issue second = workflow.advancePage(workflow.checkPage(inFirstRound(), 1, PROOFREADER_A, List.of()), 1, Stage.PROOF_2, EDITOR);
        assertThat(second.page(1).orElseThrow().status().stage()).isEqualTo(Stage.PROOF_2);
        assertThat(Workflow.nextRound(second.page(1).orElseThrow().status())).contains(Stage.PROOF_3);
    }

    @Test
    void aStoryIsCheckedOnItsOwnMarks() {
        Issue story = laidOut;
        for (Stage stage : List.of(Stage.EDITED, Stage.LAID_OUT, Stage.PROOF_1)) {
            story = workflow.advanceStory(story, "s1", stage, EDITOR);
        }
        Issue inRound = story;
        // The open photo comment is on the page, not on the story's text: it does not hold up the story.
        assertThatThrownBy(() -> workflow.checkStory(inRound, "s1", PROOFREADER_A, Reanchoring.place(inRound, List.of(open, onPhoto))))
                .isInstanceOfSatisfying(WorkflowException.class,
                        e -> assertThat(e.openMarks()).extracting(m -> m.mark().id()).containsExactly("李校对-1"));
        Issue checked = workflow.checkStory(inRound, "s1", PROOFREADER_A, Reanchoring.place(inRound, List.of(onPhoto)));
        assertThat(checked.story("s1").orElseThrow().status().stage()).isEqualTo(Stage.CHECKED);
        assertThat(checked.story("s1").orElseThrow().status().history()).extracting(StatusChange::stage)
                .containsExactly(Stage.EDITED, Stage.LAID_OUT, Stage.PROOF_1, Stage.CHECKED);
    }
}
