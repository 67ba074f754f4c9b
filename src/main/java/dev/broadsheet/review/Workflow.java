package dev.broadsheet.review;

import dev.broadsheet.model.Anchor;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.Role;
import dev.broadsheet.model.Stage;
import dev.broadsheet.model.Status;
import dev.broadsheet.model.StatusChange;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.User;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The desk's workflow for pages and stories (NEWSROOM.md "Proofreading and sign-off"): 草稿 → 已编 → 已排 →
 * proof rounds 一校/二校/三校, each closed by 核红, then 签发 by the duty editor (值班总编). Every step is
 * recorded in the status history with who and when.
 *
 * <ul>
 *   <li>核红 refuses while any mark on the page (or story) is still open, and lists those marks;</li>
 *   <li>签发 only by a user in the {@link Role#DUTY_EDITOR} role, and only after 核红;</li>
 *   <li>print export of a page waits for its sign-off, unless an override with who and why is recorded;</li>
 *   <li>签发 records the revision signed, so changes made after it can be listed ({@link #signedRevision}).</li>
 * </ul>
 */
public final class Workflow {

    /** How a sign-off notes the revision it signed: "revision 12". */
    private static final Pattern SIGNED_REVISION = Pattern.compile("revision (\\d+)");
    /** The note prefix of a print override in a page's history. */
    public static final String PRINT_OVERRIDE = "print override: ";

    private final Clock clock;

    public Workflow(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The stages a status may move to by {@link #advancePage}/{@link #advanceStory} (核红 and 签发 have their own steps). */
    public static Set<Stage> nextStages(Status status) {
        return switch (status.stage()) {
            case DRAFT -> EnumSet.of(Stage.EDITED);
            case EDITED -> EnumSet.of(Stage.LAID_OUT);
            case LAID_OUT -> EnumSet.of(Stage.PROOF_1);
            case PROOF_1, PROOF_2, PROOF_3 -> EnumSet.of(Stage.LAID_OUT);
            case CHECKED -> nextRound(status).map(EnumSet::of).orElseGet(() -> EnumSet.noneOf(Stage.class));
            case SIGNED_OFF -> EnumSet.of(Stage.LAID_OUT);
        };
    }

    /** The proof round after the last one in the history (一校 → 二校 → 三校), if any is left. */
    static Optional<Stage> nextRound(Status status) {
        Stage last = lastRound(status);
        return switch (last == null ? Stage.LAID_OUT : last) {
            case PROOF_1 -> Optional.of(Stage.PROOF_2);
            case PROOF_2 -> Optional.of(Stage.PROOF_3);
            case PROOF_3 -> Optional.empty();
            default -> Optional.of(Stage.PROOF_1);
        };
    }

    private static Stage lastRound(Status status) {
        Stage last = null;
        for (StatusChange c : status.history()) {
            if (c.stage() == Stage.PROOF_1 || c.stage() == Stage.PROOF_2 || c.stage() == Stage.PROOF_3) {
                last = c.stage();
            }
        }
        return last;
    }

    public Issue advancePage(Issue issue, int pageNumber, Stage to, User by) {
        Page page = page(issue, pageNumber);
        return issue.withPage(page.withStatus(advance("page " + pageNumber, page.status(), to, by, "")));
    }

    public Issue advanceStory(Issue issue, String storyId, Stage to, User by) {
        Story story = story(issue, storyId);
        return issue.withStory(story.withStatus(advance("story " + storyId, story.status(), to, by, "")));
    }

    private Status advance(String what, Status status, Stage to, User by, String note) {
        if (!nextStages(status).contains(to)) {
            throw new WorkflowException(what + " is " + status.stage().label() + "; it cannot go to " + to.label()
                    + (to == Stage.CHECKED ? " this way: use 核红" : to == Stage.SIGNED_OFF ? " this way: use 签发" : "")
                    + " (next: " + labels(nextStages(status)) + ")");
        }
        return status.advance(new StatusChange(to, by.name(), by.role(), clock.instant(), note));
    }

    /**
     * 核红 for a page: every mark on it must have been dealt with.
     *
     * @param marks the issue's marks, placed on it ({@link ReviewSet#placeOn})
     * @throws WorkflowException listing the marks still open, or when the page is not in a proof round
     */
    public Issue checkPage(Issue issue, int pageNumber, User by, List<AnchoredMark> marks) {
        Page page = page(issue, pageNumber);
        requireInRound("page " + pageNumber, page.status());
        List<AnchoredMark> open = openMarksOnPage(issue, pageNumber, marks);
        refuseOpen("page " + pageNumber, open);
        return issue.withPage(page.withStatus(page.status().advance(
                new StatusChange(Stage.CHECKED, by.name(), by.role(), clock.instant(), ""))));
    }

    /** 核红 for a story: every mark on its text must have been dealt with. */
    public Issue checkStory(Issue issue, String storyId, User by, List<AnchoredMark> marks) {
        Story story = story(issue, storyId);
        requireInRound("story " + storyId, story.status());
        List<AnchoredMark> open = marks.stream().filter(m -> m.mark().state().isOpen()
                && m.mark().anchor() instanceof Anchor.TextAnchor t && t.storyId().equals(storyId)).toList();
        refuseOpen("story " + storyId, open);
        return issue.withStory(story.withStatus(story.status().advance(
                new StatusChange(Stage.CHECKED, by.name(), by.role(), clock.instant(), ""))));
    }

    /** The open marks that sit on a page: on its frames, its points, or the text of a story placed on it. */
    public static List<AnchoredMark> openMarksOnPage(Issue issue, int pageNumber, List<AnchoredMark> marks) {
        return marks.stream().filter(m -> m.mark().state().isOpen() && isOnPage(issue, pageNumber, m.mark().anchor())).toList();
    }

    static boolean isOnPage(Issue issue, int pageNumber, Anchor anchor) {
        if (anchor instanceof Anchor.TextAnchor t) {
            return issue.threadOf(t.storyId()).stream().anyMatch(pf -> pf.pageNumber() == pageNumber);
        }
        if (anchor instanceof Anchor.FrameAnchor f) {
            return f.page() == pageNumber;
        }
        return ((Anchor.PointAnchor) anchor).page() == pageNumber;
    }

    private static void requireInRound(String what, Status status) {
        Stage s = status.stage();
        if (s != Stage.PROOF_1 && s != Stage.PROOF_2 && s != Stage.PROOF_3) {
            throw new WorkflowException(what + " is " + s.label() + ": 核红 closes a proof round (一校, 二校 or 三校)");
        }
    }

    private static void refuseOpen(String what, List<AnchoredMark> open) {
        if (open.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder("核红 refused: " + what + " has " + open.size() + " open mark"
                + (open.size() == 1 ? "" : "s") + ":");
        for (AnchoredMark m : open) {
            b.append("\n  ").append(MarkListing.line(m));
        }
        throw new WorkflowException(b.toString(), open);
    }

    /**
     * 签发: the duty editor signs the page off for print. The note records the revision signed
     * ("revision N"), against which {@link #signedRevision} later tells what changed.
     */
    public Issue signOff(Issue issue, int pageNumber, User by) {
        if (by.role() != Role.DUTY_EDITOR) {
            throw new WorkflowException("签发 refused: only the " + Role.DUTY_EDITOR.label() + " (duty editor) signs a page off; "
                    + by.name() + " is " + by.role().label());
        }
        Page page = page(issue, pageNumber);
        if (page.status().stage() != Stage.CHECKED) {
            throw new WorkflowException("签发 refused: page " + pageNumber + " is " + page.status().stage().label()
                    + "; it must pass 核红 first");
        }
        return issue.withPage(page.withStatus(page.status().advance(new StatusChange(Stage.SIGNED_OFF, by.name(), by.role(),
                clock.instant(), "revision " + issue.revision()))));
    }

    /** The issue revision the page was last signed off at, if it is signed off. */
    public static Optional<Long> signedRevision(Page page) {
        if (page.status().stage() != Stage.SIGNED_OFF) {
            return Optional.empty();
        }
        List<StatusChange> h = page.status().history();
        for (int i = h.size() - 1; i >= 0; i--) {
            StatusChange c = h.get(i);
            if (c.stage() == Stage.SIGNED_OFF && !isOverride(c)) {
                Matcher m = SIGNED_REVISION.matcher(c.note());
                return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The change that brought a status to its current stage (who and when), skipping print overrides, which
     * are recorded in the history without changing the stage.
     */
    public static Optional<StatusChange> lastStageChange(Status status) {
        List<StatusChange> h = status.history();
        for (int i = h.size() - 1; i >= 0; i--) {
            if (!isOverride(h.get(i))) {
                return Optional.of(h.get(i));
            }
        }
        return Optional.empty();
    }

    private static boolean isOverride(StatusChange change) {
        return change.note().startsWith(PRINT_OVERRIDE);
    }

    /**
     * Print export waits for sign-off.
     *
     * @throws WorkflowException naming the page and its stage when it is not signed off
     */
    public static void requireSignedOff(Issue issue, int pageNumber) {
        Page page = page(issue, pageNumber);
        if (page.status().stage() != Stage.SIGNED_OFF) {
            throw new WorkflowException("page " + pageNumber + " is " + page.status().stage().label()
                    + ", not signed off (签发): print export waits for the duty editor's sign-off, or give an override with a reason");
        }
    }

    /**
     * Releases a page for print without sign-off: the override is recorded in the page's history with who,
     * when and why (the stage stays as it was).
     */
    public Issue overridePrint(Issue issue, int pageNumber, User by, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new WorkflowException("a print override needs a reason");
        }
        Page page = page(issue, pageNumber);
        return issue.withPage(page.withStatus(page.status().advance(new StatusChange(page.status().stage(), by.name(),
                by.role(), clock.instant(), PRINT_OVERRIDE + reason.strip()))));
    }

    /** The print overrides recorded on a page, oldest first. */
    public static List<StatusChange> printOverrides(Page page) {
        return page.status().history().stream().filter(Workflow::isOverride).toList();
    }

    private static Page page(Issue issue, int number) {
        return issue.page(number).orElseThrow(() -> new WorkflowException("there is no page " + number + " in the issue"));
    }

    private static Story story(Issue issue, String id) {
        return issue.story(id).orElseThrow(() -> new WorkflowException("there is no story " + id + " in the issue"));
    }

    private static String labels(Set<Stage> stages) {
        return stages.isEmpty() ? "none" : String.join(", ", stages.stream().map(Stage::label).toList());
    }
}
