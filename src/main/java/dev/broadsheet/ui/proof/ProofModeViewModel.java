package dev.broadsheet.ui.proof;

import dev.broadsheet.store.LockHolder;
import dev.broadsheet.store.IssueLock;
import dev.broadsheet.edit.ApplyCorrectionCommand;
import dev.broadsheet.edit.DocumentSession;
import dev.broadsheet.edit.RecordStatusChangeCommand;
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
import dev.broadsheet.typeset.LaidOutPage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
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
    private final IntegerProperty currentPage = new SimpleIntegerProperty(1);
    private final ObjectProperty<PageTarget> target = new SimpleObjectProperty<>();
    private List<AnchoredMark> placed = List.of();
    // Beside the workstation the session also changes under the editor's hand: marks are placed again on
    // every change, so a highlight never sits on the offsets of text that has since moved.
    private final dev.broadsheet.edit.SessionListener onSessionChange = event -> refresh();

    private ProofModeViewModel(Path issueDir, User user, Clock clock, DocumentSession session) throws IOException {
        this.issueDir = Objects.requireNonNull(issueDir, "issueDir");
        this.user = Objects.requireNonNull(user, "user");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.session = session != null ? session : new DocumentSession(store.load(issueDir));
        this.desk = new ProofDesk(issueDir, user, clock);
        pageNumbers().stream().findFirst().ifPresent(currentPage::set);
        this.session.addListener(onSessionChange);
        refresh();
    }

    /** Stops following the session (the proof window moved on to another issue, or closed). */
    public void close() {
        session.removeListener(onSessionChange);
    }

    /** Opens an issue folder in proof mode. */
    public static ProofModeViewModel openFolder(Path issueDir, User user, Clock clock) throws IOException {
        return new ProofModeViewModel(issueDir, user, clock, null);
    }

    /**
     * Proof mode beside the workstation, on the session the workstation has open for {@code issueDir}: an
     * accepted correction is an edit in the workstation's own undo history and shows on its page at once, and
     * the workstation never holds an older copy of the issue that a later save of its would write over the
     * correction with.
     */
    public static ProofModeViewModel beside(DocumentSession workstationSession, Path issueDir, User user, Clock clock) throws IOException {
        return new ProofModeViewModel(issueDir, user, clock, Objects.requireNonNull(workstationSession, "workstationSession"));
    }

    /**
     * Opens an issue package (the zip sent to a proofreader): unpacked into {@code workDir} with the package's
     * limits (entries escaping the folder and oversized packages are refused before anything is written).
     */
    public static ProofModeViewModel openPackage(Path zip, Path workDir, User user, Clock clock) throws IOException {
        IssuePackage.open(zip, workDir, IssuePackage.Limits.DEFAULT);
        return new ProofModeViewModel(workDir, user, clock, null);
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

    /** Review files that could not be read, and other trouble merging them: one message each, naming the file. */
    public List<String> reviewProblems() {
        return desk.reviews().problems();
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

    // ---- page navigation

    /** The issue's page numbers in order (the page selector's choices). */
    public List<Integer> pageNumbers() {
        return session.issue().pages().stream().map(Page::number).toList();
    }

    /** The page shown; the canvas follows it. */
    public IntegerProperty currentPageProperty() {
        return currentPage;
    }

    public int currentPage() {
        return currentPage.get();
    }

    /** Shows a page of the issue; a number the issue has no page for is refused. */
    public void goToPage(int number) {
        if (!pageNumbers().contains(number)) {
            throw new IllegalArgumentException("the issue has no page " + number + " (pages " + pageNumbers() + ")");
        }
        if (number != currentPage.get()) {
            currentPage.set(number);
            target.set(null);   // a choice on another page is not what the next mark is about
        }
    }

    /** The next page (PageDown), or false on the last one. */
    public boolean nextPage() {
        return step(1);
    }

    /** The previous page (PageUp), or false on the first one. */
    public boolean previousPage() {
        return step(-1);
    }

    public boolean hasNextPage() {
        List<Integer> numbers = pageNumbers();
        return numbers.indexOf(currentPage.get()) < numbers.size() - 1;
    }

    public boolean hasPreviousPage() {
        return pageNumbers().indexOf(currentPage.get()) > 0;
    }

    private boolean step(int by) {
        List<Integer> numbers = pageNumbers();
        int at = numbers.indexOf(currentPage.get()) + by;
        if (at < 0 || at >= numbers.size()) {
            return false;
        }
        goToPage(numbers.get(at));
        return true;
    }

    // ---- choosing what to mark

    /** What the next mark is about: words dragged over, a frame or a point clicked, or typed words found. */
    public ObjectProperty<PageTarget> targetProperty() {
        return target;
    }

    public PageTarget target() {
        return target.get();
    }

    /** A click on the shown page (page points; {@code wholeFrame} for Shift+click) chooses what to mark. */
    public PageTarget clickOnPage(LaidOutPage page, double x, double y, boolean wholeFrame) {
        target.set(PageHits.click(page, session.issue(), x, y, wholeFrame));
        return target.get();
    }

    /** A drag over the shown page (page points) chooses the words between its ends. */
    public PageTarget dragOnPage(LaidOutPage page, double x1, double y1, double x2, double y2) {
        target.set(PageHits.drag(page, session.issue(), x1, y1, x2, y2));
        return target.get();
    }

    /** The typed way: the first place the words stand in a story becomes the target. */
    public PageTarget targetText(String quote) {
        TextSelection found = findText(quote).orElseThrow(() -> new IllegalArgumentException("“" + quote + "” is not in any story's text"));
        target.set(new PageTarget.Text(found));
        return target.get();
    }

    /** What the target covers, for the panel: the quoted words, the frame, or the point. */
    public String describeTarget() {
        PageTarget t = target.get();
        if (t == null) {
            return "";
        }
        try {
            return t.anchorOn(session.issue()).describe();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    // ---- the proofreader's marks

    /** Whether a mark of this kind carries text to put in (改正 the new words, 增补 the words to insert). */
    public static boolean asksForReplacement(MarkKind kind) {
        return kind == MarkKind.REPLACE || kind == MarkKind.INSERT;
    }

    /** Whether a mark of this kind needs the point where the marked words' second piece begins (对调). */
    public static boolean asksForPivot(MarkKind kind) {
        return kind == MarkKind.SWAP;
    }

    /**
     * Adds a mark of any kind on the target to the user's own review and saves it. Each kind gets what it needs,
     * or is refused with the reason before anything is written: a comment its text; every correction words of a
     * story (not a frame or a point); 改正, 删除, 对调 and 保留 marked words; 改正 and 增补 the text to put in
     * (增补 goes after the marked words, or at the point); 对调 a pivot inside the words; 另起 a point inside a
     * body paragraph; 接排 a body paragraph with another after it in its section.
     *
     * @param replacement the text to put in (改正, 增补); ignored for other kinds
     * @param pivot       for 对调, chars from the start of the marked words to where the second piece begins
     * @param note        the comment's text, or a note on a correction (may be empty)
     */
    public MarkRow addMark(MarkKind kind, PageTarget on, String replacement, int pivot, String note) throws IOException {
        Objects.requireNonNull(kind, "kind");
        if (on == null) {
            throw new IllegalArgumentException("choose what to mark first: drag over words on the page, click a frame or a point, or type the words");
        }
        Anchor anchor = on.anchorOn(session.issue());
        String text = note == null ? "" : note.strip();
        String put = replacement == null ? "" : replacement.strip();
        if (kind == MarkKind.COMMENT) {
            return add(review -> Mark.comment(review.nextMarkId(), anchor, user.name(), clock.instant(), text));
        }
        if (!(anchor instanceof Anchor.TextAnchor t)) {
            throw new IllegalArgumentException(kind.label() + " marks words of a story, not " + anchor.describe()
                    + ": drag over the words on the page");
        }
        check(kind, t, put, pivot);
        return add(review -> new Mark(review.nextMarkId(), kind, t, user.name(), clock.instant(), text,
                asksForReplacement(kind) ? put : "", kind == MarkKind.SWAP ? pivot : 0, MarkState.OPEN, List.of(), null, ""));
    }

    private void check(MarkKind kind, Anchor.TextAnchor t, String put, int pivot) {
        boolean words = !t.quote().isEmpty();
        switch (kind) {
            case REPLACE -> {
                require(words, "改正: select the words to replace");
                require(!put.isEmpty(), "改正: type the words to put in (to take words out, use 删除)");
            }
            case DELETE, STET -> require(words, kind.label() + ": select the words to " + (kind == MarkKind.DELETE ? "delete" : "keep"));
            case INSERT -> require(!put.isEmpty(), "增补: type the words to insert");
            case SWAP -> {
                require(t.quote().length() >= 2, "对调: select both pieces to exchange");
                require(pivot > 0 && pivot < t.quote().length(), "对调: the second piece must begin inside “" + t.quote()
                        + "” (1 to " + (t.quote().length() - 1) + "), got " + pivot);
            }
            case NEW_PARAGRAPH -> {
                require(!t.onDeck(), "另起: a headline has no paragraphs; choose a point in the body text");
                int length = TextAnchors.paragraphText(session.issue(), t.storyId(), t.section(), t.paragraph()).orElse("").length();
                require(t.start() > 0 && t.start() < length, "另起: click the point inside the paragraph where the new one begins");
            }
            case RUN_ON -> {
                require(!t.onDeck(), "接排: a headline has no paragraphs; choose the body paragraph to run on");
                require(TextAnchors.paragraphText(session.issue(), t.storyId(), t.section(), t.paragraph() + 1).isPresent(),
                        "接排: the paragraph has no following paragraph in its section to run on into");
            }
            default -> throw new IllegalArgumentException(kind.label() + " is not a correction");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }


    /** Adds a comment on the selected text to the user's own review and saves it. */
    public MarkRow addComment(TextSelection selection, String text) throws IOException {
        return addMark(MarkKind.COMMENT, new PageTarget.Text(selection), "", 0, text);
    }

    /** Adds a 改正 (replace) correction of the selected text to the user's own review and saves it. */
    public MarkRow addReplace(TextSelection selection, String replacement, String note) throws IOException {
        return addMark(MarkKind.REPLACE, new PageTarget.Text(selection), replacement, 0, note);
    }

    /** Adds a comment on a whole frame (a photo, a headline) to the user's own review and saves it. */
    public MarkRow addFrameComment(int page, String frameId, String text) throws IOException {
        return addMark(MarkKind.COMMENT, new PageTarget.Frame(page, frameId), "", 0, text);
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
        requireNoOtherEditor();
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

    /**
     * Accepting a correction and taking a workflow step write issue.json; while a workstation elsewhere holds the
     * issue's lock (an editor has it open), they would write under that editor's unsaved work, so they are
     * refused, naming who has it. The lock of this process's own workstation (proof mode beside it), or a stale
     * one, is no obstacle. Marks, replies and decisions go to the reviewer's own review file and stay allowed.
     */
    private void requireNoOtherEditor() throws IOException {
        Optional<LockHolder> holder = IssueLock.heldElsewhere(issueDir, IssueLock.Policy.current().withClock(clock));
        if (holder.isPresent()) {
            throw new IllegalStateException("the issue is open in " + holder.get().describe()
                    + ": accept corrections and take workflow steps there, or once it is closed");
        }
    }

    private AnchoredMark placedMark(String markId) {
        return placed.stream().filter(m -> m.mark().id().equals(markId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("there is no mark " + markId));
    }

    // ---- workflow

    /** Moves a page on (已排 → 一校, a round back to 已排 …), saved with who and when. */
    public void advancePage(int page, Stage to) throws IOException {
        record(page, desk.workflow().advancePage(session.issue(), page, to, user));
    }

    /** 核红 of a page: done, or refused listing every mark still open on it. */
    public CheckResult checkPage(int page) throws IOException {
        try {
            record(page, desk.checkPage(session.issue(), page));
            return CheckResult.ok("page " + page + " 核红 by " + user.name());
        } catch (WorkflowException e) {
            return new CheckResult(false, e.getMessage(), e.openMarks().stream().map(MarkRow::of).toList());
        }
    }

    /** 签发 of a page, only by the 值班总编; refused (with the reason) otherwise. */
    public CheckResult signOff(int page) throws IOException {
        try {
            requireNoOtherEditor();
            // Saved first, so the revision named in the sign-off (and its snapshot) is the one on disk.
            Issue saved = store.save(issueDir, session.issue());
            session.markSaved(saved);
            record(page, desk.signOff(saved, page));
            return CheckResult.ok("page " + page + " 签发 by " + user.name());
        } catch (WorkflowException e) {
            return new CheckResult(false, e.getMessage(), List.of());
        }
    }

    /**
     * Records the workflow step {@code review.Workflow} has allowed (the last change of the page's status in
     * {@code changed}) as a command on the shared session, then saves: the editor's undo history stays, and the
     * step itself can be undone like any edit.
     */
    private void record(int page, Issue changed) throws IOException {
        requireNoOtherEditor();
        List<StatusChange> history = changed.page(page).orElseThrow().status().history();
        session.execute(new RecordStatusChangeCommand(page, history.get(history.size() - 1)));
        Issue saved = store.save(issueDir, session.issue());
        session.markSaved(saved);
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
