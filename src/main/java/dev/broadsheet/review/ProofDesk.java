package dev.broadsheet.review;

import dev.broadsheet.model.Issue;
import dev.broadsheet.model.MarkState;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.Review;
import dev.broadsheet.model.User;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The proofreading side of one issue folder, for the workstation and the command line: who is working, the
 * merged reviews, their own review, decisions, sign-off with its snapshot, and what changed since proof or
 * sign-off. Pure logic lives in {@link Reanchoring}, {@link Workflow}, {@link ChangesSince}; this class adds
 * the files. Not thread-safe; the UI calls it from one thread and does the I/O off the FX thread.
 */
public final class ProofDesk {

    private final Path issueDir;
    private final User user;
    private final Clock clock;
    private final Workflow workflow;
    private ReviewSet reviews;

    public ProofDesk(Path issueDir, User user, Clock clock) throws IOException {
        this.issueDir = Objects.requireNonNull(issueDir, "issueDir");
        this.user = Objects.requireNonNull(user, "user");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.workflow = new Workflow(clock);
        this.reviews = ReviewSet.load(issueDir);
    }

    public Path issueDir() {
        return issueDir;
    }

    public User user() {
        return user;
    }

    public Workflow workflow() {
        return workflow;
    }

    /** Reads every review again (after the {@link ReviewWatcher} saw a file change). */
    public ReviewSet reload() throws IOException {
        reviews = ReviewSet.load(issueDir);
        return reviews;
    }

    public ReviewSet reviews() {
        return reviews;
    }

    /** The marks placed on the issue as it is now (moved ones re-anchored, rewritten ones flagged). */
    public List<AnchoredMark> placedOn(Issue current) {
        return reviews.placeOn(current);
    }

    /**
     * The user's own review, started against {@code saved} (the issue as last saved) if they have none yet;
     * starting one keeps a snapshot of that revision for "what changed since proof".
     */
    public Review myReview(Issue saved) throws IOException {
        Optional<Review> mine = reviews.reviewOf(user);
        if (mine.isPresent()) {
            return mine.get();
        }
        BaseSnapshots.save(issueDir, saved);
        return Review.start(user, saved.revision(), clock.instant());
    }

    /** Saves the user's own review (only theirs: {@link ReviewFiles#write}) and merges it in. */
    public void save(Review review) throws IOException {
        ReviewFiles.write(issueDir, review, user);
        reload();
    }

    /** Records the user's decision on a mark (in their own review) and saves it. */
    public void decide(Issue saved, String markId, MarkState state, String note) throws IOException {
        save(MarkDecisions.decide(myReview(saved), markId, state, note, clock.instant()));
    }

    /** Records the user's reply to a mark and saves it. */
    public void reply(Issue saved, String markId, String text) throws IOException {
        save(MarkDecisions.reply(myReview(saved), markId, text, clock.instant()));
    }

    /** 核红 of a page against every mark of every review. */
    public Issue checkPage(Issue issue, int page) {
        return workflow.checkPage(issue, page, user, placedOn(issue));
    }

    /**
     * 签发 of a page, keeping a snapshot of the signed revision so later changes can be listed.
     *
     * @param saved the issue as last saved (its revision names its content); the caller saves the result
     */
    public Issue signOff(Issue saved, int page) throws IOException {
        Issue signed = workflow.signOff(saved, page, user);
        BaseSnapshots.save(issueDir, saved);
        return signed;
    }

    /** What changed on a signed-off page since its sign-off; empty when it is not signed off (or no snapshot). */
    public Optional<IssueChanges> changesSinceSignOff(Issue current, int pageNumber) throws IOException {
        Optional<Page> page = current.page(pageNumber);
        Optional<Long> revision = page.flatMap(Workflow::signedRevision);
        if (revision.isEmpty()) {
            return Optional.empty();
        }
        return BaseSnapshots.load(issueDir, revision.get()).map(base -> ChangesSince.between(base, current).onPage(current, pageNumber));
    }

    /** What changed since the revision a review was made against; empty when no snapshot of it was kept. */
    public Optional<IssueChanges> changesSince(Review review, Issue current) throws IOException {
        return BaseSnapshots.load(issueDir, review.againstRevision()).map(base -> ChangesSince.between(base, current));
    }
}
