package dev.broadsheet.ui.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.edit.DocumentSession;
import dev.broadsheet.model.Anchor;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Mark;
import dev.broadsheet.model.Review;
import dev.broadsheet.model.Role;
import dev.broadsheet.model.Stage;
import dev.broadsheet.model.User;
import dev.broadsheet.review.BaseSnapshots;
import dev.broadsheet.review.ReviewFiles;
import dev.broadsheet.review.Workflow;
import dev.broadsheet.store.IssueStore;
import dev.broadsheet.ui.Messages;
import dev.broadsheet.ui.UiFixtures;
import dev.broadsheet.ui.UiFixtures.ScriptedComposer;
import dev.broadsheet.ui.document.DocumentViewModel;
import dev.broadsheet.ui.document.SessionBackend;
import dev.broadsheet.ui.pages.PageListViewModel;
import dev.broadsheet.ui.pages.PageListViewModel.PageEntry;
import dev.broadsheet.ui.stories.StoryListViewModel;
import dev.broadsheet.ui.stories.StoryRow;
import dev.broadsheet.ui.document.WorkspaceSelection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workstation's review feed without a window: the watcher is scripted (the test says when a file changed),
 * background work and the FX thread run inline.
 */
class ReviewFeedTest {
    private static final Instant T0 = Instant.parse("2026-11-26T20:00:00Z");
    private static final User LI = new User("李校对", Role.PROOFREADER);
    private static final User WANG = new User("王校对", Role.PROOFREADER);

    @TempDir
    Path dir;

    /** Remembers who is watched and lets the test fire a change. */
    static final class ScriptedWatching implements ReviewFeed.Watching {
        final List<String> log = new ArrayList<>();
        Consumer<Path> listener;

        @Override
        public AutoCloseable watch(Path issueDir, Consumer<Path> changedFile) {
            log.add("watch " + issueDir.getFileName());
            listener = changedFile;
            return () -> log.add("stop " + issueDir.getFileName());
        }
    }


    private final ScriptedWatching watching = new ScriptedWatching();
    private final List<String> notices = new ArrayList<>();
    private final IssueStore store = new IssueStore();
    private final DocumentViewModel document = new DocumentViewModel();
    private Path issueDir;
    private Issue saved;
    private ReviewFeed feed;

    @BeforeEach
    void setUp() throws IOException {
        issueDir = dir.resolve("0412");
        saved = store.create(issueDir, UiFixtures.sampleWithExtraStory());
        feed = new ReviewFeed(new Messages(Locale.SIMPLIFIED_CHINESE), document, new UiFixtures.InlineRunner(), watching,
                Runnable::run, notices::add);
    }

    private void open(Issue issue, Path folder) {
        document.open(new SessionBackend(new DocumentSession(issue), new ScriptedComposer(), m -> { }), folder, "");
    }

    private static Review reviewWith(User who, int marks) {
        Review review = Review.start(who, 0, T0);
        for (int i = 0; i < marks; i++) {
            review = review.withMark(Mark.comment(review.nextMarkId(),
                    new Anchor.TextAnchor("s1", 0, 0, i, i + 1, "字", "", ""), who.name(), T0.plusSeconds(i), "请核对"));
        }
        return review;
    }

    @Test
    void aReviewFileThatAppearsIsMergedAndAnnouncedOnceWithTheReviewerAndTheCountOfNewMarks() throws IOException {
        open(saved, issueDir);
        assertThat(watching.log).containsExactly("watch 0412");
        assertThat(feed.reviews().marks()).isEmpty();

        Path file = ReviewFiles.write(issueDir, reviewWith(LI, 3), LI);
        watching.listener.accept(file);
        assertThat(notices).containsExactly("新校样意见：李校对 3 条");
        assertThat(feed.reviews().marks()).hasSize(3);

        watching.listener.accept(file); // an atomic save is seen as a create and a modify
        assertThat(notices).as("nothing new the second time").hasSize(1);

        ReviewFiles.write(issueDir, reviewWith(LI, 5), LI);
        ReviewFiles.write(issueDir, reviewWith(WANG, 1), WANG);
        watching.listener.accept(file);
        assertThat(notices).last().isEqualTo("新校样意见：李校对 2 条; 新校样意见：王校对 1 条");
        assertThat(feed.reviews().marks()).hasSize(6);
    }

    @Test
    void reviewsAlreadyThereWhenTheIssueOpensAreMergedWithoutANoticeAndTheStoryListCountsOpenMarks() throws IOException {
        ReviewFiles.write(issueDir, reviewWith(LI, 2), LI);
        open(saved, issueDir);
        assertThat(feed.reviews().marks()).hasSize(2);
        assertThat(notices).isEmpty();

        StoryListViewModel stories = new StoryListViewModel(document);
        stories.marksProperty().bind(Bindings.createObjectBinding(() -> feed.reviews().marks(), feed.reviewsProperty()));
        assertThat(stories.rows()).filteredOn(r -> r.storyId().equals("s1")).extracting(StoryRow::openMarks).containsExactly(2);

        ReviewFiles.write(issueDir, reviewWith(LI, 4), LI);
        watching.listener.accept(ReviewFiles.fileOf(issueDir, LI));
        assertThat(stories.rows()).filteredOn(r -> r.storyId().equals("s1")).extracting(StoryRow::openMarks).containsExactly(4);
        assertThat(stories.rows()).filteredOn(r -> r.storyId().equals("s2")).extracting(StoryRow::openMarks).containsExactly(0);
    }

    @Test
    void theMarksPanelListsOpenMarksFirstPlacedOnTheIssueAsItIsNow() {
        Review review = reviewWith(LI, 3);
        Mark first = review.marks().get(0).withState(dev.broadsheet.model.MarkState.RESOLVED, "张编辑", T0.plusSeconds(60));
        review = new Review(review.reviewer(), review.againstRevision(), review.created(),
                List.of(first, review.marks().get(1), review.marks().get(2)), review.responses());
        List<dev.broadsheet.review.AnchoredMark> rows = PlacedMarks.openFirst(dev.broadsheet.review.ReviewSet.of(List.of(review)), saved);
        assertThat(rows).extracting(r -> r.mark().id()).containsExactly("李校对-2", "李校对-3", "李校对-1");
        assertThat(PlacedMarks.openFirst(dev.broadsheet.review.ReviewSet.of(List.of()), saved)).isEmpty();
    }

    @Test
    void anUnreadableReviewIsNamedWithItsPlaceAndTheOthersStillMerge() throws IOException {
        open(saved, issueDir);
        ReviewFiles.write(issueDir, reviewWith(WANG, 1), WANG);
        Path broken = ReviewFiles.folder(issueDir).resolve("坏的.json");
        Files.writeString(broken, "{ \"reviewer\": ", StandardCharsets.UTF_8);
        watching.listener.accept(broken);
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0)).startsWith("新校样意见：王校对 1 条; ").contains("坏的.json:");
        assertThat(feed.reviews().marks()).hasSize(1);
    }

    @Test
    void openingAnotherIssueStopsWatchingTheFirstAndDropsItsReviews() throws IOException {
        ReviewFiles.write(issueDir, reviewWith(LI, 2), LI);
        open(saved, issueDir);
        Path other = dir.resolve("0413");
        Issue second = store.create(other, UiFixtures.sampleWithExtraStory());
        open(second, other);
        assertThat(watching.log).containsExactly("watch 0412", "stop 0412", "watch 0413");
        assertThat(feed.reviews().marks()).isEmpty();
        feed.close();
        assertThat(watching.log).last().isEqualTo("stop 0413");
    }

    @Test
    void aPageSignedOffShowsItsBadgeAndIsFlaggedOnceItChangesAfterTheSignOff() throws IOException {
        Workflow workflow = new Workflow(Clock.fixed(T0, ZoneOffset.UTC));
        User editor = new User("张编辑", Role.LAYOUT_EDITOR);
        Issue i = workflow.advancePage(saved, 1, Stage.EDITED, editor);
        i = workflow.advancePage(i, 1, Stage.LAID_OUT, editor);
        i = workflow.advancePage(i, 1, Stage.PROOF_1, editor);
        i = workflow.checkPage(i, 1, editor, List.of());
        BaseSnapshots.save(issueDir, i);
        Issue signed = workflow.signOff(i, 1, new User("赵总编", Role.DUTY_EDITOR));
        open(signed, issueDir);
        PageListViewModel pages = new PageListViewModel(document, new WorkspaceSelection());
        pages.signedBasesProperty().bind(feed.signedBasesProperty());

        assertThat(pages.pages()).containsExactly(new PageEntry(1, signed.page(1).orElseThrow().sectionName(),
                signed.page(1).orElseThrow().frames().size(), Stage.SIGNED_OFF, false));

        document.edits().editHeadline("s1", null, "签发后改的主题", null);
        assertThat(pages.pages().get(0).changedAfterSignOff()).isTrue();
        document.undo();
        assertThat(pages.pages().get(0).changedAfterSignOff()).as("back as signed").isFalse();
    }
}
