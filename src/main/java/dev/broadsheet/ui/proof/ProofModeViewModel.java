package dev.broadsheet.ui.proof;

import dev.broadsheet.edit.ApplyCorrectionCommand;
import dev.broadsheet.edit.DocumentSession;
import dev.broadsheet.model.Anchor;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Mark;
import dev.broadsheet.model.MarkKind;
import dev.broadsheet.model.MarkState;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.Review;
import dev.broadsheet.model.Role;
import dev.broadsheet.model.Stage;
import dev.broadsheet.model.Status;
import dev.broadsheet.model.StatusChange;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.User;
import dev.broadsheet.review.AnchorStatus;
import dev.broadsheet.review.AnchoredMark;
import dev.broadsheet.review.IssueChanges;
import dev.broadsheet.review.IssuePackage;
import dev.broadsheet.review.ProofDesk;
import dev.broadsheet.review.TextAnchors;
import dev.broadsheet.review.Workflow;
import dev.broadsheet.review.WorkflowException;
import dev.broadsheet.store.IssueStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Proof mode without a window: an issue folder (or a package unpacked into one) opened read-only, its marks
 * from every review, new comments and corrections from a text selection, the editor's decisions (accepting a
 * correction runs {@link ApplyCorrectionCommand} on the session, so the page re-flows and the edit can be
 * undone), stages per page and story with who and when, 核红, 签发 and what changed since proof.
 *
 * <p>Nothing here moves or edits a frame: the only edit proof mode makes is an accepted correction. File I/O is
 * done on the calling thread; the view calls it for one small issue folder at a time.
 */
public final class ProofModeViewModel {

    private final Path issueDir;
    private final User user;
    private final Clock clock;
    private final IssueStore store = new IssueStore();
    private final DocumentSession session;
    private final ProofDesk desk;
    private final ObservableList<MarkRow> marks = FXCollections.observableArrayList();
    private final ObservableList<StageRow> stages = FXCollections.observableArrayList();
    private List<AnchoredMark> placed = List.of();

    private ProofModeViewModel(Path issueDir, User user, Clock clock) throws IOException {
        this.issueDir = Objects.requireNonNull(issueDir, "issueDir");
        this.user = Objects.requireNonNull(user, "user");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.session = new DocumentSession(store.load(issueDir));
        this.desk = new ProofDesk(issueDir, user, clock);
        refresh();
    }

    /** Opens an issue folder in proof mode. */
    public static ProofModeViewModel openFolder(Path issueDir, User user, Clock clock) throws IOException {
        return new ProofModeViewModel(issueDir, user, clock);
    }

    /**
     * Opens an issue package (the zip sent to a proofreader): unpacked into {@code workDir} with the package's
     * limits (entries escaping the folder and oversized packages are refused before anything is written).
     */
    public static ProofModeViewModel openPackage(Path zip, Path workDir, User user, Clock clock) throws IOException {
        IssuePackage.open(zip, workDir, IssuePackage.Limits.DEFAULT);
        return new ProofModeViewModel(workDir, user, clock);
    }

    public Path issueDir() {
        return issueDir;
    }

    public User user() {
        return user;
    }

    /** The session the page view draws; proof mode only ever executes accepted corrections on it. */
    public DocumentSession session() {
        return session;
    }

    public Issue issue() {
        return session.issue();
    }

    /** Proof mode never moves or edits frames or text by hand (the canvas is read-only). */
    public boolean canMoveOrEdit() {
        return false;
    }

    /** Whether this user decides on corrections (the layout desk), rather than making them (校对). */
    public boolean canDecide() {
        return user.role() != Role.PROOFREADER;
    }

    public boolean canSignOff() {
        return user.role() == Role.DUTY_EDITOR;
    }

    public ObservableList<MarkRow> marks() {
        return marks;
    }

    public ObservableList<StageRow> stages() {
        return stages;
    }

    /** The marks as placed on the issue now, for the highlights over the page. */
    public List<AnchoredMark> placedMarks() {
        return placed;
    }

    /** Reads every review again (a review file appeared or changed) and re-places the marks. */
    public void reload() throws IOException {
        desk.reload();
        refresh();
    }

    private void refresh() {
        placed = desk.placedOn(session.issue()).stream()
                .sorted(Comparator.comparing((AnchoredMark m) -> m.mark().created()).thenComparing(m -> m.mark().id()))
                .toList();
        marks.setAll(placed.stream().map(MarkRow::of).toList());
        List<StageRow> rows = new ArrayList<>();
        for (Page page : session.issue().pages()) {
            rows.add(row("page " + page.number(), page.status()));
        }
        for (Story story : session.issue().stories()) {
            rows.add(row("story " + story.id() + " " + story.slug(), story.status()));
        }
        stages.setAll(rows);
    }

    private static StageRow row(String what, Status status) {
        Optional<StatusChange> last = Workflow.lastStageChange(status);
        return new StageRow(what, status.stage().label(), last.map(StatusChange::by).orElse(""),
                last.map(c -> c.role() == null ? "" : c.role().label()).orElse(""), last.map(StatusChange::at).orElse(null));
    }

    // ---- the proofreader's marks

    /** Adds a comment on the selected text to the user's own review and saves it. */
    public MarkRow addComment(TextSelection selection, String text) throws IOException {
        return add(review -> Mark.comment(review.nextMarkId(), anchor(selection), user.name(), clock.instant(), text));
    }

    /** Adds a 改正 (replace) correction of the selected text to the user's own review and saves it. */
    public MarkRow addReplace(TextSelection selection, String replacement, String note) throws IOException {
        if (selection.start() == selection.end()) {
            throw new IllegalArgumentException("select the text to replace");
        }
        return add(review -> Mark.correction(review.nextMarkId(), MarkKind.REPLACE, anchor(selection), user.name(),
                clock.instant(), replacement, note));
    }

    /** Adds a comment on a whole frame (a photo, a headline) to the user's own review and saves it. */
    public MarkRow addFrameComment(int page, String frameId, String text) throws IOException {
        return add(review -> Mark.comment(review.nextMarkId(), new Anchor.FrameAnchor(page, frameId), user.name(),
                clock.instant(), text));
    }

    /** The first place the words stand in a story's body text (how the view turns typed words into a selection). */
    public Optional<TextSelection> findText(String quote) {
        if (quote == null || quote.isEmpty()) {
            return Optional.empty();
        }
        for (Story story : session.issue().stories()) {
            for (int section = 0; section < story.sections().size(); section++) {
                var paragraphs = story.sections().get(section).paragraphs();
                for (int p = 0; p < paragraphs.size(); p++) {
                    int at = paragraphs.get(p).text().indexOf(quote);
                    if (at >= 0) {
                        return Optional.of(new TextSelection(story.id(), section, p, at, at + quote.length()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Anchor.TextAnchor anchor(TextSelection s) {
        String paragraph = TextAnchors.paragraphText(session.issue(), s.storyId(), s.section(), s.paragraph())
                .orElseThrow(() -> new IllegalArgumentException("story " + s.storyId() + " has no paragraph "
                        + s.section() + "/" + s.paragraph()));
        if (s.end() > paragraph.length()) {
            throw new IllegalArgumentException("the selection [" + s.start() + "," + s.end() + ") runs past the paragraph's "
                    + paragraph.length() + " chars");
        }
        return TextAnchors.of(session.issue(), s.storyId(), s.section(), s.paragraph(), s.start(), s.end());
    }

    private MarkRow add(java.util.function.Function<Review, Mark> make) throws IOException {
        Review review = desk.myReview(session.issue());
        Mark mark = make.apply(review);
        desk.save(review.withMark(mark));
        refresh();
        return marks.stream().filter(r -> r.id().equals(mark.id())).findFirst().orElseThrow();
    }

    // ---- the editor's decisions

    /**
     * Accepts a correction: applies it to the text as an undoable edit (the page re-flows), saves the issue and
     * records the decision. A mark whose words could not be found again is refused: a person places it first.
     */
    public void accept(String markId) throws IOException {
        requireDecider();
        AnchoredMark m = placedMark(markId);
        if (m.status() == AnchorStatus.NEEDS_ATTENTION) {
            throw new IllegalStateException("mark " + markId + " needs attention (" + m.note() + "): its words were not found, so it cannot be applied");
        }
        if (m.mark().kind().changesText()) {
            session.execute(new ApplyCorrectionCommand(m.mark()));
        }
        Issue saved = store.save(issueDir, session.issue());
        session.markSaved(saved);
        desk.decide(saved, markId, MarkState.ACCEPTED, "");
        refresh();
    }

    public void reject(String markId, String note) throws IOException {
        decide(markId, MarkState.REJECTED, note);
    }

    /** Settles a comment (answered, or carried out by hand). */
    public void resolve(String markId, String note) throws IOException {
        decide(markId, MarkState.RESOLVED, note);
    }

    public void reply(String markId, String text) throws IOException {
        placedMark(markId);
        desk.reply(session.issue(), markId, text);
        refresh();
    }

    private void decide(String markId, MarkState state, String note) throws IOException {
        requireDecider();
        placedMark(markId);
        desk.decide(session.issue(), markId, state, note);
        refresh();
    }

    private void requireDecider() {
        if (!canDecide()) {
            throw new IllegalStateException(user.name() + " is " + user.role().label() + ": the layout desk decides on marks");
        }
    }

    private AnchoredMark placedMark(String markId) {
        return placed.stream().filter(m -> m.mark().id().equals(markId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("there is no mark " + markId));
    }

    // ---- workflow

    /** Moves a page on (已排 → 一校, a round back to 已排 …), saved with who and when. */
    public void advancePage(int page, Stage to) throws IOException {
        save(desk.workflow().advancePage(session.issue(), page, to, user));
    }

    /** 核红 of a page: done, or refused listing every mark still open on it. */
    public CheckResult checkPage(int page) throws IOException {
        try {
            save(desk.checkPage(session.issue(), page));
            return CheckResult.ok("page " + page + " 核红 by " + user.name());
        } catch (WorkflowException e) {
            return new CheckResult(false, e.getMessage(), e.openMarks().stream().map(MarkRow::of).toList());
        }
    }

    /** 签发 of a page, only by the 值班总编; refused (with the reason) otherwise. */
    public CheckResult signOff(int page) throws IOException {
        try {
            Issue saved = store.save(issueDir, session.issue());
            session.markSaved(saved);
            save(desk.signOff(saved, page));
            return CheckResult.ok("page " + page + " 签发 by " + user.name());
        } catch (WorkflowException e) {
            return new CheckResult(false, e.getMessage(), List.of());
        }
    }

    private void save(Issue changed) throws IOException {
        // A workflow step is not an edit of the page: the session starts afresh from what was saved.
        Issue saved = store.save(issueDir, changed);
        session.open(saved);
        refresh();
    }

    /**
     * What changed since the oldest review was made (the text and frames the editor touched while the proof was
     * out), limited to a page; empty when there is no review or no snapshot of its revision.
     */
    public Optional<IssueChanges> changesSinceProof(int page) throws IOException {
        Optional<Review> oldest = desk.reviews().reviews().stream().min(Comparator.comparingLong(Review::againstRevision));
        if (oldest.isEmpty()) {
            return Optional.empty();
        }
        return desk.changesSince(oldest.get(), session.issue()).map(c -> c.onPage(session.issue(), page));
    }

    /** What changed on a signed-off page since its 签发 (flagged in the view). */
    public Optional<IssueChanges> changesSinceSignOff(int page) throws IOException {
        return desk.changesSinceSignOff(session.issue(), page);
    }
}
