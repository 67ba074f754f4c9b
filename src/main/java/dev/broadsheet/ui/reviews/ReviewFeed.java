package dev.broadsheet.ui.reviews;

import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import dev.broadsheet.review.BaseSnapshots;
import dev.broadsheet.review.ReviewSet;
import dev.broadsheet.review.ReviewWatcher;
import dev.broadsheet.review.Workflow;
import dev.broadsheet.ui.Messages;
import dev.broadsheet.ui.document.DocumentBackend;
import dev.broadsheet.ui.document.DocumentViewModel;
import dev.broadsheet.ui.files.BackgroundRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The reviews of the open issue, kept current while the desk works (并样 as it happens): loaded when an issue
 * opens, and again whenever the {@link ReviewWatcher} sees a file in its {@code reviews/} folder appear or
 * change. Loading runs on the background runner; the merged {@link ReviewSet} and the news ("新校样意见：李校对
 * 3 条") land on the FX thread. Also keeps the snapshots of the revisions pages were signed off at, so the page
 * list can flag a page changed after 签发 without reading a file on every edit.
 */
public final class ReviewFeed implements AutoCloseable {

    /** Starts watching an issue folder's reviews: {@link ReviewWatcher#start} in the workstation, scripted in tests. */
    @FunctionalInterface
    public interface Watching {
        AutoCloseable watch(Path issueDir, Consumer<Path> changedFile) throws IOException;
    }

    /** What one load reads off the FX thread. */
    record Loaded(ReviewSet reviews, Map<Long, Issue> signedBases) {
    }

    private final Messages m;
    private final DocumentViewModel document;
    private final BackgroundRunner background;
    private final Watching watching;
    private final Executor fxThread;
    private final Consumer<String> notice;
    private final ReadOnlyObjectWrapper<ReviewSet> reviews = new ReadOnlyObjectWrapper<>(this, "reviews", ReviewSet.of(List.of()));
    private final ReadOnlyObjectWrapper<Map<Long, Issue>> signedBases = new ReadOnlyObjectWrapper<>(this, "signedBases", Map.of());
    private final Set<Long> basesAsked = new HashSet<>();
    private AutoCloseable watcher;
    private DocumentBackend followedBackend;
    private Path folder;
    /** Bumped for every issue opened, so a load finishing after the desk moved on is dropped. */
    private long generation;

    public ReviewFeed(Messages m, DocumentViewModel document, BackgroundRunner background, Watching watching,
                      Executor fxThread, Consumer<String> notice) {
        this.m = Objects.requireNonNull(m);
        this.document = Objects.requireNonNull(document);
        this.background = Objects.requireNonNull(background);
        this.watching = Objects.requireNonNull(watching);
        this.fxThread = Objects.requireNonNull(fxThread);
        this.notice = Objects.requireNonNull(notice);
        document.folderProperty().addListener(o -> documentChanged());
        document.issueProperty().addListener(o -> documentChanged());
        documentChanged();
    }

    /**
     * Follows the open issue: another issue opened (even the same folder again: File ▸ Open, Revert) or the
     * folder changed (Save As) starts over; a page signed off during the session gets its snapshot read once.
     * While the document view model is half-way through showing a new state (its folder set, its issue not yet),
     * this waits for the issue to follow.
     */
    private void documentChanged() {
        DocumentBackend current = document.backendProperty().get();
        if (current != null && current.issue() != document.issue()) {
            return;
        }
        if (current != followedBackend || !Objects.equals(document.folder(), folder)) {
            followedBackend = current;
            follow(document.folder());
        } else if (folder != null && document.issue() != null && !basesAsked.containsAll(signedRevisions(document.issue()))) {
            load(false);
        }
    }

    /** The workstation's watching: the review package's {@link ReviewWatcher}. */
    public static Watching reviewWatcher() {
        return ReviewWatcher::start;
    }

    private void follow(Path newFolder) {
        stopWatching();
        generation++;
        folder = newFolder;
        basesAsked.clear();
        reviews.set(ReviewSet.of(List.of()));
        signedBases.set(Map.of());
        if (newFolder == null) {
            return;
        }
        long watched = generation;
        try {
            watcher = watching.watch(newFolder, file -> fxThread.execute(() -> {
                if (watched == generation) {
                    load(true);
                }
            }));
        } catch (IOException | RuntimeException e) {
            notice.accept(m.format("reviews.notWatched", String.valueOf(newFolder), String.valueOf(e.getMessage())));
        }
        load(false);
    }

    /** Reads the reviews (and any snapshot not read yet) in the background; {@code announce} tells what is new. */
    private void load(boolean announce) {
        Path from = folder;
        long loading = generation;
        Set<Long> revisions = document.issue() == null ? Set.of() : signedRevisions(document.issue());
        basesAsked.addAll(revisions);
        Map<Long, Issue> have = signedBases.get();
        background.run("reviews " + from.getFileName(), () -> {
            Map<Long, Issue> bases = new HashMap<>(have);
            for (long revision : revisions) {
                if (!bases.containsKey(revision)) {
                    BaseSnapshots.load(from, revision).ifPresent(base -> bases.put(revision, base));
                }
            }
            return new Loaded(ReviewSet.load(from), Map.copyOf(bases));
        }, loaded -> {
            if (loading != generation) {
                return;
            }
            ReviewNews news = ReviewNews.between(reviews.get(), loaded.reviews());
            reviews.set(loaded.reviews());
            signedBases.set(loaded.signedBases());
            if ((announce && !news.marks().isEmpty()) || !news.problems().isEmpty()) {
                notice.accept(describe(news));
            }
        }, error -> notice.accept(m.format("reviews.unreadable", String.valueOf(from), String.valueOf(error.getMessage()))));
    }

    /** "新校样意见：李校对 3 条" — one part per reviewer, then any file that could not be read. */
    public String describe(ReviewNews news) {
        String marks = news.marks().stream().map(r -> m.format("reviews.news", r.reviewer(), r.newMarks()))
                .collect(Collectors.joining("; "));
        String problems = String.join("; ", news.problems());
        return marks.isEmpty() ? problems : problems.isEmpty() ? marks : marks + "; " + problems;
    }

    static Set<Long> signedRevisions(Issue issue) {
        Set<Long> out = new HashSet<>();
        for (Page page : issue.pages()) {
            Workflow.signedRevision(page).ifPresent(out::add);
        }
        return out;
    }

    /** Every review of the open issue, merged; empty when no issue is open or none has come in. */
    public ReadOnlyObjectProperty<ReviewSet> reviewsProperty() {
        return reviews.getReadOnlyProperty();
    }

    public ReviewSet reviews() {
        return reviews.get();
    }

    /** The issue as it was signed off, by revision, for the pages of the open issue that are signed off. */
    public ReadOnlyObjectProperty<Map<Long, Issue>> signedBasesProperty() {
        return signedBases.getReadOnlyProperty();
    }

    private void stopWatching() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (Exception ignored) {
                // a watcher that will not close stops with the application (daemon thread)
            }
            watcher = null;
        }
    }

    @Override
    public void close() {
        stopWatching();
        generation++;
    }
}
