package dev.broadsheet.ui.files;

import dev.broadsheet.model.Issue;
import dev.broadsheet.store.Autosaver;
import dev.broadsheet.store.IssueStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The {@link IssueRepository} over the store: {@link IssueStore} loads and saves (atomic, with a backup), the
 * store's {@link Autosaver} writes the recovery file beside {@code issue.json}, and {@link IssueLocks} says who
 * holds an issue.
 */
public final class StoreIssueRepository implements IssueRepository {
    /**
     * The autosaver's own coalescing delay. The workstation asks for a write on its timer and waits for it
     * ({@link Autosaver#flush()}) so the indicator tells the truth, so this only matters for requests the
     * flush has not yet taken.
     */
    static final Duration COALESCE = Duration.ofSeconds(2);
    /** How long an autosave may take before the indicator says it failed (a stalled network share). */
    static final long WRITE_TIMEOUT_SECONDS = 30;

    private final IssueStore store;
    private final IssueLocks locks;
    private final Map<Path, Autosaver> autosavers = new ConcurrentHashMap<>();

    public StoreIssueRepository(IssueStore store, IssueLocks locks) {
        this.store = store;
        this.locks = locks;
    }

    @Override
    public OpenedIssue open(Path folder) throws IOException {
        Issue issue = store.load(folder);
        Optional<String> holder = locks.acquire(folder);
        Optional<Issue> recovered = Optional.empty();
        if (holder.isEmpty() && store.recoveryFile(folder).isPresent()) {
            try {
                recovered = Optional.of(store.loadRecovery(folder));
            } catch (IOException unreadable) {
                // A recovery file cut short by the crash itself is no help; the saved issue opens as it is.
                recovered = Optional.empty();
            }
        }
        return new OpenedIssue(folder, issue, holder, recovered);
    }

    @Override
    public Issue save(Path folder, Issue issue) throws IOException {
        Issue saved = store.save(folder, issue); // removes the recovery file too
        Autosaver autosaver = autosavers.get(key(folder));
        if (autosaver != null) {
            autosaver.discard(); // and forgets a state noted meanwhile, which the save has made pointless
        }
        return saved;
    }

    /** Hands the state to the folder's {@link Autosaver} and waits (off the FX thread) until it is written. */
    @Override
    public void autosave(Path folder, Issue issue) throws IOException {
        Autosaver autosaver = autosavers.computeIfAbsent(key(folder), f -> new Autosaver(f, COALESCE));
        autosaver.request(issue);
        try {
            autosaver.flush().get(WRITE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(autosaver.recoveryFile() + ": autosave interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(autosaver.recoveryFile() + ": autosave did not finish: " + e, e);
        }
        Optional<IOException> failure = autosaver.lastFailure();
        if (failure.isPresent()) {
            throw failure.get();
        }
    }

    @Override
    public void movedTo(Path from, Path to) throws IOException {
        locks.acquire(to); // a folder just written to is ours; if someone holds it, their lock stands and is not broken
        close(from);
    }

    @Override
    public void close(Path folder) {
        Autosaver autosaver = autosavers.remove(key(folder));
        if (autosaver != null) {
            autosaver.close(); // removes the recovery file after any write in progress, stops its thread
        } else {
            try {
                store.discardRecovery(folder);
            } catch (IOException ignored) {
                // left behind, it is offered again next time; nothing is lost
            }
        }
        locks.release(folder);
    }

    private static Path key(Path folder) {
        return folder.toAbsolutePath().normalize();
    }
}
