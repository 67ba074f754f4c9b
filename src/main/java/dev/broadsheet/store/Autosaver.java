package dev.broadsheet.store;

import dev.broadsheet.model.Issue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes {@code issue.json.recovery} in the background while an issue is edited, so that a crash loses at
 * most a few seconds of work. {@link #request} never blocks the caller (the FX thread): it only notes the
 * latest state; one background thread writes it after {@code delay}, and requests that arrive meanwhile
 * are coalesced into one write of the newest state. A normal save makes the recovery file pointless:
 * call {@link #discard()} after it ({@link IssueStore#save} also removes the file); {@link #close()} on a
 * normal close of the issue removes it too.
 */
public final class Autosaver implements AutoCloseable {

    /** How a recovery file gets to disk; replaceable in tests. */
    @FunctionalInterface
    interface RecoveryWriter {
        void write(Path file, byte[] bytes) throws IOException;
    }

    private final Path recoveryFile;
    private final Duration delay;
    private final RecoveryWriter writer;
    private final ScheduledExecutorService thread;
    private final AtomicReference<Issue> pending = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicReference<IOException> lastFailure = new AtomicReference<>();

    /** An autosaver for one issue folder, writing at most every {@code delay} (a few seconds in the workstation). */
    public Autosaver(Path issueDir, Duration delay) {
        this(issueDir, delay, (file, bytes) -> AtomicFiles.write(file, bytes, null, AtomicFiles.Durability.OS_BUFFERED));
    }

    Autosaver(Path issueDir, Duration delay, RecoveryWriter writer) {
        this.recoveryFile = issueDir.resolve(IssueStore.RECOVERY_FILE);
        this.delay = Objects.requireNonNull(delay, "delay");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "broadsheet-autosave");
            t.setDaemon(true); // a pending autosave must not keep the application from quitting
            return t;
        });
    }

    /** Notes the issue's current state to be written soon; returns at once. */
    public void request(Issue issue) {
        pending.set(Objects.requireNonNull(issue, "issue"));
        if (scheduled.compareAndSet(false, true)) {
            try {
                thread.schedule(this::writePending, delay.toNanos(), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                scheduled.set(false); // closed: nothing more is written
            }
        }
    }

    /**
     * Forgets any pending state and removes the recovery file, after a write in progress has finished; for
     * after a normal save or when the user declines to recover. Does not block: the returned future
     * completes when the file is gone.
     */
    public CompletableFuture<Void> discard() {
        pending.set(null);
        return CompletableFuture.runAsync(() -> {
            try {
                Files.deleteIfExists(recoveryFile);
            } catch (IOException e) {
                lastFailure.set(e);
            }
        }, thread);
    }

    /** Writes the pending state now (on the background thread); the future completes when it is on disk. */
    public CompletableFuture<Void> flush() {
        return CompletableFuture.runAsync(this::writePending, thread);
    }

    /** The last failure to write, if any, for the interface to mention (autosave failing must not interrupt editing). */
    public Optional<IOException> lastFailure() {
        return Optional.ofNullable(lastFailure.get());
    }

    public Path recoveryFile() {
        return recoveryFile;
    }

    /**
     * Ends autosaving for a normal close of the issue (saved, or changes declined): forgets what is pending,
     * removes the recovery file and stops the background thread. After a crash this is never called, so the
     * recovery file stays for the next open to offer.
     */
    @Override
    public void close() {
        try {
            discard().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // closing must not fail because of the recovery file; at worst it is offered once more
        }
        thread.shutdown();
    }

    private void writePending() {
        scheduled.set(false); // from here on a new request schedules a new write
        Issue issue = pending.getAndSet(null);
        if (issue == null) {
            return;
        }
        try {
            writer.write(recoveryFile, IssueFormat.toBytes(issue));
            lastFailure.set(null);
        } catch (IOException e) {
            lastFailure.set(e);
        }
    }
}
