package dev.broadsheet.review;

import static dev.broadsheet.review.ReviewFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.edit.ApplyCorrectionCommand;
import dev.broadsheet.edit.DocumentSession;
import dev.broadsheet.edit.EditStoryTextCommand;
import dev.broadsheet.edit.MoveFrameCommand;
import dev.broadsheet.model.Anchor;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Mark;
import dev.broadsheet.model.MarkKind;
import dev.broadsheet.model.MarkState;
import dev.broadsheet.model.Review;
import dev.broadsheet.model.Stage;
import dev.broadsheet.store.IssueStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole offline loop without a window: package out, proofreader marks offline, the editor keeps working,
 * the review comes back, every mark is in place, the correction is accepted as an undoable edit, and the
 * page goes 一校 → 核红 → 签发 and only then clears for print.
 */
class ProofLoopTest {

    @TempDir
    Path root;

    private final Clock clock = Clock.fixed(T0.plusSeconds(7200), ZoneOffset.UTC);
    private final IssueStore store = new IssueStore();

    @Test
    void aReviewMadeOfflineComesBackAndThePageIsSignedOff() throws Exception {
        Path desk = root.resolve("desk");
        Issue saved = store.create(desk, issue());
        saved = store.save(desk, new Workflow(clock).advancePage(saved, 1, Stage.PROOF_1, EDITOR));
        Path out = root.resolve("to-proofreader.zip");
        IssuePackage.write(desk, out);

        // The proofreader, on a laptop with no server.
        Path laptop = root.resolve("laptop");
        IssuePackage.open(out, laptop, IssuePackage.Limits.DEFAULT);
        Issue proof = store.load(laptop);
        ProofDesk reader = new ProofDesk(laptop, PROOFREADER_A, clock);
        Review review = reader.myReview(proof);
        Mark replace = Mark.correction(review.nextMarkId(), MarkKind.REPLACE, anchorOn(proof, 1, "膜生物反应器"),
                PROOFREADER_A.name(), T0, "MBR", "用缩写");
        review = review.withMark(replace);
        Mark comment = Mark.comment(review.nextMarkId(), anchorOn(proof, 2, "管网建设"), PROOFREADER_A.name(), T0, "管网长度？");
        review = review.withMark(comment);
        Mark photo = Mark.comment(review.nextMarkId(), new Anchor.FrameAnchor(1, "f-p1"), PROOFREADER_A.name(), T0, "图片偏暗");
        review = review.withMark(photo);
        reader.save(review);
        Path back = root.resolve("from-proofreader.zip");
        IssuePackage.write(laptop, back);

        // Meanwhile the editor moved the photo and edited another paragraph of the same story.
        DocumentSession session = new DocumentSession(saved);
        session.execute(MoveFrameCommand.of(1, "f-p1", 1, Length.mm(10)));
        session.execute(EditStoryTextCommand.ofPlainText(session.issue().story("s1").orElseThrow(), 0,
                String.join("\n", "本报讯 今年高新区新建成三座污水处理厂，日处理能力达到十五万吨。", P1, P2)));
        Issue editorsIssue = store.save(desk, session.issue());
        session.markSaved(editorsIssue);

        // The review comes back: every mark in place.
        assertThat(IssuePackage.importReviews(back, desk, EDITOR, IssuePackage.Limits.DEFAULT)).containsExactly("李校对");
        ProofDesk editor = new ProofDesk(desk, EDITOR, clock);
        List<AnchoredMark> placed = editor.placedOn(session.issue());
        assertThat(placed).hasSize(3).allSatisfy(m -> assertThat(m.status()).isEqualTo(AnchorStatus.IN_PLACE));
        IssueChanges sinceProof = editor.changesSince(review, session.issue()).orElseThrow();
        assertThat(sinceProof.text()).extracting(IssueChanges.TextChange::paragraph).containsExactly(0);
        assertThat(sinceProof.frames()).extracting(IssueChanges.FrameChange::frameId).containsExactly("f-p1");

        // 核红 refuses while marks are open, and lists them.
        Issue inRound = session.issue();
        assertThatThrownBy(() -> editor.checkPage(inRound, 1)).isInstanceOfSatisfying(WorkflowException.class,
                e -> assertThat(e.openMarks()).extracting(m -> m.mark().id()).containsExactly(replace.id(), comment.id(), photo.id()));

        // The editor accepts the correction (an undoable edit; the page re-flows) and settles the comments.
        AnchoredMark correction = placed.stream().filter(m -> m.mark().id().equals(replace.id())).findFirst().orElseThrow();
        session.execute(new ApplyCorrectionCommand(correction.mark()));
        assertThat(session.issue().story("s1").orElseThrow().paragraphs().get(1).text()).contains("采用MBR工艺");
        Issue corrected = store.save(desk, session.issue());
        session.markSaved(corrected);
        editor.decide(corrected, replace.id(), MarkState.ACCEPTED, "");
        editor.reply(corrected, comment.id(), "共 12 公里，已核");
        editor.decide(corrected, comment.id(), MarkState.RESOLVED, "");
        editor.decide(corrected, photo.id(), MarkState.RESOLVED, "已调亮");
        // After the edit the mark's own words are gone (that is what was asked): it is accepted, so nothing is open.
        assertThat(Workflow.openMarksOnPage(corrected, 1, editor.placedOn(corrected))).isEmpty();

        Issue checked = editor.checkPage(corrected, 1);
        assertThatThrownBy(() -> Workflow.requireSignedOff(checked, 1)).hasMessageContaining("not signed off");
        assertThatThrownBy(() -> editor.signOff(checked, 1)).hasMessageContaining("值班总编");
        Issue checkedSaved = store.save(desk, checked);
        ProofDesk duty = new ProofDesk(desk, DUTY, clock);
        Issue signed = store.save(desk, duty.signOff(checkedSaved, 1));
        Workflow.requireSignedOff(signed, 1);
        assertThat(Workflow.printOverrides(signed.page(1).orElseThrow())).isEmpty();
        assertThat(duty.changesSinceSignOff(signed, 1).orElseThrow().isEmpty()).isTrue();

        // A change after sign-off is tracked and flagged.
        Issue later = store.save(desk, new ApplyCorrectionCommand(Mark.correction("x", MarkKind.DELETE,
                anchorOn(signed, 2, "继续"), EDITOR.name(), T0, "", "")).apply(signed));
        assertThat(duty.changesSinceSignOff(later, 1).orElseThrow().text()).singleElement()
                .satisfies(c -> assertThat(c.was()).isEqualTo("继续"));
    }
}
