package dev.broadsheet.review;

import static dev.broadsheet.review.ReviewFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.model.Anchor;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Mark;
import dev.broadsheet.model.MarkKind;
import dev.broadsheet.model.MarkResponse;
import dev.broadsheet.model.MarkState;
import dev.broadsheet.model.Review;
import dev.broadsheet.model.User;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewSetTest {

    @TempDir
    Path issueDir;

    private final Issue issue = issue();

    /** One reviewer at work: {@code count} marks on page 1, each saved as soon as it is made. */
    private Review markPage(User reviewer, int count, CountDownLatch start) throws Exception {
        start.await();
        Review review = Review.start(reviewer, issue.revision(), T0);
        for (int i = 0; i < count; i++) {
            Anchor anchor = i % 3 == 0 ? new Anchor.PointAnchor(1, Length.mm(10 + i), Length.mm(20))
                    : anchorOn(issue, i % 3, i % 3 == 1 ? "膜生物" : "管网");
            review = review.withMark(Mark.comment(review.nextMarkId(), anchor, reviewer.name(), T0.plusSeconds(i),
                    reviewer.name() + " 的第 " + i + " 条"));
            ReviewFiles.write(issueDir, review, reviewer);
        }
        return review;
    }

    @Test
    void twoReviewersMarkingTheSamePageAtTheSameTimeMergeWithNothingLost() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Review> a = pool.submit(() -> markPage(PROOFREADER_A, 40, start));
            Future<Review> b = pool.submit(() -> markPage(PROOFREADER_B, 40, start));
            start.countDown();
            Review ra = a.get(30, TimeUnit.SECONDS);
            Review rb = b.get(30, TimeUnit.SECONDS);

            ReviewSet set = ReviewSet.load(issueDir);
            assertThat(set.problems()).isEmpty();
            assertThat(set.reviews()).hasSize(2);
            assertThat(set.marks()).hasSize(80);
            assertThat(set.marks()).containsAll(ra.marks()).containsAll(rb.marks());
            assertThat(set.marks()).extracting(Mark::id).doesNotHaveDuplicates();
            assertThat(ReviewFiles.list(issueDir)).extracting(p -> p.getFileName().toString())
                    .containsExactly("李校对.json", "王校对.json");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void repliesAndDecisionsFromTheEditorsOwnReviewAreMergedOntoTheProofreadersMark() throws Exception {
        Review proof = Review.start(PROOFREADER_A, 7, T0);
        Mark m = Mark.correction(proof.nextMarkId(), MarkKind.REPLACE, anchorOn(issue, 1, "膜生物"), PROOFREADER_A.name(),
                T0, "膜生物学", "术语");
        proof = proof.withMark(m);
        Review editor = Review.start(EDITOR, 7, T0)
                .withResponse(new MarkResponse(m.id(), EDITOR.name(), T0.plusSeconds(60), null, "查一下原稿"))
                .withResponse(new MarkResponse(m.id(), EDITOR.name(), T0.plusSeconds(120), MarkState.ACCEPTED, ""));
        ReviewFiles.write(issueDir, proof, PROOFREADER_A);
        ReviewFiles.write(issueDir, editor, EDITOR);

        ReviewSet set = ReviewSet.load(issueDir);
        Mark merged = set.mark(m.id()).orElseThrow();
        assertThat(merged.state()).isEqualTo(MarkState.ACCEPTED);
        assertThat(merged.resolvedBy()).isEqualTo(EDITOR.name());
        assertThat(merged.resolvedAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(merged.replies()).extracting(r -> r.text()).containsExactly("查一下原稿");
        // The proofreader's file still holds the mark as they made it: the editor never wrote it.
        assertThat(ReviewFiles.read(ReviewFiles.fileOf(issueDir, PROOFREADER_A)).mark(m.id()).state()).isEqualTo(MarkState.OPEN);
    }

    @Test
    void aReviewRoundTripsThroughItsFileUnchanged() throws Exception {
        Review review = Review.start(PROOFREADER_A, 7, T0)
                .withMark(Mark.swap("李校对-1", anchorOn(issue, 0, "三座污水"), 2, PROOFREADER_A.name(), T0))
                .withMark(Mark.comment("李校对-2", new Anchor.FrameAnchor(1, "f-p1"), PROOFREADER_A.name(), T0, "图片偏暗"))
                .withMark(Mark.comment("李校对-3", new Anchor.PointAnchor(1, Length.mm(12.5), Length.pt(30)), PROOFREADER_A.name(), T0, "报眉"));
        Path file = ReviewFiles.write(issueDir, review, PROOFREADER_A);
        assertThat(ReviewFiles.read(file)).isEqualTo(review);
        String json = Files.readString(file);
        assertThat(json).contains("\"type\": \"text\"").contains("\"quote\": \"三座污水\"").contains("\"x\": \"12.5mm\"");
    }

    @Test
    void aReviewIsWrittenOnlyByItsReviewer() {
        Review review = Review.start(PROOFREADER_A, 7, T0);
        assertThatThrownBy(() -> ReviewFiles.write(issueDir, review, PROOFREADER_B))
                .isInstanceOf(ReviewFileException.class).hasMessageContaining("only by its reviewer");
        assertThat(issueDir.resolve("reviews/李校对.json")).doesNotExist();
    }

    @Test
    void aCorruptReviewIsReportedWithItsPlaceAndTheOthersStillLoad() throws Exception {
        ReviewFiles.write(issueDir, Review.start(PROOFREADER_A, 7, T0)
                .withMark(Mark.comment("李校对-1", new Anchor.FrameAnchor(1, "f-p1"), PROOFREADER_A.name(), T0, "ok")), PROOFREADER_A);
        Files.writeString(issueDir.resolve("reviews/王校对.json"), "{\n  \"reviewer\" : {\"name\": \"王校对\", \"role\": \"PROOFREADER\"},\n  \"againstRevision\" : \"7\"\n}",
                StandardCharsets.UTF_8);
        ReviewSet set = ReviewSet.load(issueDir);
        assertThat(set.marks()).hasSize(1);
        assertThat(set.problems()).singleElement().asString().contains("王校对.json:3:").contains("againstRevision");
    }

    @Test
    void theWatcherNoticesAReviewFileAppearing() throws Exception {
        LinkedBlockingQueue<Path> seen = new LinkedBlockingQueue<>();
        try (ReviewWatcher watcher = ReviewWatcher.start(issueDir, seen::add)) {
            ReviewFiles.write(issueDir, Review.start(PROOFREADER_B, 7, T0), PROOFREADER_B);
            Path changed = seen.poll(20, TimeUnit.SECONDS);
            assertThat(changed).isNotNull();
            assertThat(changed.getFileName().toString()).isEqualTo("王校对.json");
        }
    }

    @Test
    void aResponseToAMarkNoReviewHoldsIsReportedNotLost() {
        Review editor = Review.start(EDITOR, 7, T0).withResponse(new MarkResponse("nobody-1", EDITOR.name(), T0, MarkState.REJECTED, "?"));
        ReviewSet set = ReviewSet.of(List.of(editor));
        assertThat(set.problems()).singleElement().asString().contains("nobody-1");
    }

    @Test
    void aReviewersNameCannotLeadTheFileOutOfTheReviewsFolder() throws Exception {
        User odd = new User("../../张 三", dev.broadsheet.model.Role.PROOFREADER);
        Path file = ReviewFiles.write(issueDir, Review.start(odd, 7, T0), odd);
        assertThat(file.getParent()).isEqualTo(issueDir.resolve("reviews"));
        assertThat(file.getFileName().toString()).isEqualTo("______张_三.json");
        assertThat(ReviewSet.load(issueDir).reviews()).singleElement().extracting(Review::reviewer).isEqualTo(odd);
    }
}
