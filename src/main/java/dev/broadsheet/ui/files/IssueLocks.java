package dev.broadsheet.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Who may edit an issue: the store's lock file, seen from the workstation. */
public interface IssueLocks {

    /** Takes the issue's lock; answers the other holder's description when someone else has it. */
    Optional<String> acquire(Path folder) throws IOException;

    /** Releases the lock this workstation holds on the folder, if any. */
    void release(Path folder);

    /** No locking (until the store's lock is there; also for tests). */
    static IssueLocks none() {
        return new IssueLocks() {
            @Override
            public Optional<String> acquire(Path folder) {
                return Optional.empty();
            }

            @Override
            public void release(Path folder) {
            }
        };
    }
}
