package dev.broadsheet.ui.files;

import dev.broadsheet.model.Issue;
import dev.broadsheet.store.AtomicFiles;
import dev.broadsheet.store.IssueFormat;
import dev.broadsheet.store.IssueStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@link IssueRepository} over the store: {@link IssueStore} loads and saves (atomic, with a backup), the
 * recovery file beside {@code issue.json} is the autosave, and {@link IssueLocks} says who holds an issue.
 */
public final class StoreIssueRepository implements IssueRepository {
    private final IssueStore store;
    private final IssueLocks locks;

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
        return store.save(folder, issue);
    }

    @Override
    public void autosave(Path folder, Issue issue) throws IOException {
        // Not forced to disk: a recovery copy only has to survive the application, not the machine.
        AtomicFiles.write(folder.resolve(IssueStore.RECOVERY_FILE), IssueFormat.toBytes(issue), null,
                AtomicFiles.Durability.OS_BUFFERED);
    }

    @Override
    public void close(Path folder) {
        try {
            store.discardRecovery(folder);
        } catch (IOException ignored) {
            // left behind, it is offered again next time; nothing is lost
        }
        locks.release(folder);
    }
}
