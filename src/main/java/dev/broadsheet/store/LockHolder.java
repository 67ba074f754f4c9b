package dev.broadsheet.store;

import dev.broadsheet.model.Role;
import java.time.Instant;
import java.util.Objects;

/**
 * Who holds an issue open for editing: the content of the lock file, so that a second editor can be told
 * "高轶鹏 (版面编辑) has had it open on desk-3 since 18:02".
 *
 * @param processStart when the holding process started, to tell a live holder from a new process that
 *                     reused its id; null when unknown
 */
public record LockHolder(String user, Role role, String host, long pid, Instant processStart, Instant since) {
    public LockHolder {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(since, "since");
    }

    /** One line for the interface: {@code 高轶鹏 (版面编辑) on desk-3, process 4242, since 2026-05-01T18:02:00Z}. */
    public String describe() {
        return user + (role == null ? "" : " (" + role.label() + ")") + " on " + host + ", process " + pid
                + ", since " + since;
    }
}
