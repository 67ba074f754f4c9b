package dev.broadsheet.ui.files;

import dev.broadsheet.model.User;
import dev.broadsheet.store.IssueLock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The store's lock file as the workstation uses it: opening an issue takes its lock; when another live
 * editor holds it the issue opens read-only with the holder named; a lock left by a crashed process (stale,
 * as the store decides) is broken and taken, since nobody is editing behind it.
 */
public final class StoreIssueLocks implements IssueLocks {
    private final User user;
    private final Map<Path, IssueLock> held = new HashMap<>();

    public StoreIssueLocks(User user) {
        this.user = user;
    }

    @Override
    public synchronized Optional<String> acquire(Path folder) throws IOException {
        Path key = folder.toAbsolutePath().normalize();
        if (held.containsKey(key)) {
            return Optional.empty();
        }
        IssueLock.Attempt attempt = IssueLock.tryAcquire(folder, user);
        if (attempt instanceof IssueLock.Refused refused && refused.stale()) {
            attempt = IssueLock.breakStale(folder, user, refused, IssueLock.Policy.current());
        }
        if (attempt instanceof IssueLock.Acquired acquired) {
            held.put(key, acquired.lock());
            return Optional.empty();
        }
        IssueLock.Refused refused = (IssueLock.Refused) attempt;
        return Optional.of(refused.holder() != null ? refused.holder().describe() : refused.message());
    }

    @Override
    public synchronized void release(Path folder) {
        IssueLock lock = held.remove(folder.toAbsolutePath().normalize());
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException ignored) {
                // a lock file we cannot remove is recognised as stale later (our process is gone)
            }
        }
    }
}
