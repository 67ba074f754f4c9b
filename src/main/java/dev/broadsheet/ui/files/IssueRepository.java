package dev.broadsheet.ui.files;

import dev.broadsheet.model.Issue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The workstation's view of the store: open an issue folder (taking its lock when free), save, autosave and
 * release. Implemented over {@code dev.broadsheet.store} by {@link StoreIssueRepository}; every method may
 * block on the disk, so callers run it off the FX thread.
 */
public interface IssueRepository {

    /**
     * Loads the issue in {@code folder}. When another editor holds the lock the issue still opens, read-only,
     * with the holder named; an autosave newer than the saved file is offered as {@code recovered}.
     */
    OpenedIssue open(Path folder) throws IOException;

    /** Saves atomically and answers the issue as saved (with its raised revision). */
    Issue save(Path folder, Issue issue) throws IOException;

    /** Writes the background recovery copy (through the store's Autosaver); never touches issue.json. */
    void autosave(Path folder, Issue issue) throws IOException;

    /** Releases the lock (if this workstation holds it) and drops the recovery copy after a clean close. */
    void close(Path folder);

    /**
     * After Save As: the issue now lives in {@code to}. Takes {@code to}'s lock for this workstation and lets go of
     * {@code from} — its lock (another editor may open it now), its autosaver and its recovery copy, which the
     * save has made pointless.
     */
    default void movedTo(Path from, Path to) throws IOException {
        close(from);
    }

    /** An opened issue, with who else holds it and any newer autosaved version. */
    record OpenedIssue(Path folder, Issue issue, Optional<String> lockHolder, Optional<Issue> recovered) {
        public boolean readOnly() {
            return lockHolder.isPresent();
        }
    }
}
