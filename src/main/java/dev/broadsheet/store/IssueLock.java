package dev.broadsheet.store;

import dev.broadsheet.model.User;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Marks an issue open for editing: {@code issue.json.lock} in the issue folder holds the {@link LockHolder}
 * as JSON. A second editor is refused and told who holds it (the interface then opens the issue read-only).
 * A lock is <em>stale</em> when its process is gone (same host: {@link ProcessHandle#of}) or, for a lock
 * from another host, when it is older than {@link Policy#staleAfter()}; a stale lock may be broken.
 * Closing the lock removes the file.
 */
public final class IssueLock implements AutoCloseable {
    public static final String LOCK_FILE = "issue.json.lock";

    /** The outcome of trying to lock an issue. */
    public sealed interface Attempt permits Acquired, Refused {
    }

    /** The issue is ours to edit until {@link IssueLock#close()}. */
    public record Acquired(IssueLock lock) implements Attempt {
    }

    /**
     * Someone else holds the issue: open it read-only, or — if {@code stale} — offer to break the lock with
     * {@link IssueLock#breakStale}.
     *
     * @param holder who holds it; null when the lock file cannot be read
     */
    public record Refused(LockHolder holder, boolean stale, String message) implements Attempt {
    }

    /**
     * How locks are judged here: this process, this host, the clock and the age after which a lock from
     * another host (whose process cannot be checked) counts as stale.
     */
    public record Policy(String host, long pid, Instant processStart, Clock clock, Duration staleAfter) {
        public Policy {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(staleAfter, "staleAfter");
        }

        /** This process on this host; locks from other hosts go stale after 12 hours (a night shift). */
        public static Policy current() {
            ProcessHandle self = ProcessHandle.current();
            return new Policy(hostName(), self.pid(), self.info().startInstant().orElse(null), Clock.systemUTC(),
                    Duration.ofHours(12));
        }

        public Policy withClock(Clock newClock) {
            return new Policy(host, pid, processStart, newClock, staleAfter);
        }

        /** Whether the lock is this very process's (another window of the same workstation holds it). */
        boolean isThisProcess(LockHolder holder) {
            return holder.host().equals(host) && holder.pid() == pid;
        }

        /** Why the holder's lock is stale, or empty when it looks alive. */
        Optional<String> staleness(LockHolder holder) {
            if (holder.host().equals(host)) {
                if (holder.pid() == pid) {
                    return Optional.empty(); // this very process (another window) holds it
                }
                Optional<ProcessHandle> process = ProcessHandle.of(holder.pid());
                if (process.isEmpty() || !process.get().isAlive()) {
                    return Optional.of("its process " + holder.pid() + " is no longer running");
                }
                Optional<Instant> started = process.get().info().startInstant();
                if (holder.processStart() != null && started.isPresent()
                        && Duration.between(started.get(), holder.processStart()).abs().getSeconds() > 1) {
                    return Optional.of("its process " + holder.pid() + " ended; the id now belongs to another program");
                }
                return Optional.empty();
            }
            Duration age = Duration.between(holder.since(), clock.instant());
            if (age.compareTo(staleAfter) > 0) {
                return Optional.of("it is " + age.toHours() + " hours old (locks from another computer go stale after "
                        + staleAfter.toHours() + " hours)");
            }
            return Optional.empty();
        }
    }

    private final Path file;
    private final LockHolder holder;
    private boolean released;

    private IssueLock(Path file, LockHolder holder) {
        this.file = file;
        this.holder = holder;
    }

    public static Attempt tryAcquire(Path issueDir, User user) throws IOException {
        return tryAcquire(issueDir, user, Policy.current());
    }

    /** Takes the lock if nobody holds it; otherwise says who does and whether their lock is stale. */
    public static Attempt tryAcquire(Path issueDir, User user, Policy policy) throws IOException {
        Path file = issueDir.resolve(LOCK_FILE);
        LockHolder mine = new LockHolder(user.name(), user.role(), policy.host(), policy.pid(), policy.processStart(),
                policy.clock().instant());
        if (create(file, mine)) {
            return new Acquired(new IssueLock(file, mine));
        }
        Optional<LockHolder> other;
        try {
            other = read(file);
        } catch (NoSuchFileException e) {
            return tryAcquire(issueDir, user, policy); // released between our two steps: try again
        }
        if (other.isEmpty()) {
            return new Refused(null, true, "the issue is locked, but the lock file " + file.getFileName()
                    + " cannot be read; it can be broken");
        }
        Optional<String> stale = policy.staleness(other.get());
        return new Refused(other.get(), stale.isPresent(), stale
                .map(why -> "the issue was left locked by " + other.get().describe() + "; the lock is stale: " + why)
                .orElse("the issue is open for editing by " + other.get().describe() + "; you can open it read-only"));
    }

    /**
     * Breaks a stale lock and takes it. Refuses (returns the new refusal) when the lock has changed since
     * {@code refused} was seen or is not stale, so that two people breaking at once cannot both win.
     */
    public static Attempt breakStale(Path issueDir, User user, Refused refused, Policy policy) throws IOException {
        Path file = issueDir.resolve(LOCK_FILE);
        Optional<LockHolder> now;
        try {
            now = read(file);
        } catch (NoSuchFileException e) {
            return tryAcquire(issueDir, user, policy);
        }
        boolean unchanged = Objects.equals(now.orElse(null), refused.holder());
        boolean stale = now.isEmpty() || policy.staleness(now.get()).isPresent();
        if (!unchanged || !stale) {
            return tryAcquire(issueDir, user, policy); // someone else broke or took it meanwhile, or it is alive
        }
        Path broken = issueDir.resolve(LOCK_FILE + ".broken." + policy.pid());
        try {
            Files.move(file, broken); // one breaker wins the move; the others find the file gone
        } catch (NoSuchFileException e) {
            return tryAcquire(issueDir, user, policy);
        }
        Files.deleteIfExists(broken);
        return tryAcquire(issueDir, user, policy);
    }

    /**
     * Who holds the issue in another process, if anyone and their lock is alive: an editor under whose unsaved
     * work a write to issue.json would go. This process's own lock (another window of it) and a stale lock
     * (its process gone) are not "elsewhere".
     */
    public static Optional<LockHolder> heldElsewhere(Path issueDir, Policy policy) throws IOException {
        return holder(issueDir).filter(h -> !policy.isThisProcess(h) && policy.staleness(h).isEmpty());
    }

    /** Who holds the issue, if anyone (for showing the state in an open dialog). */
    public static Optional<LockHolder> holder(Path issueDir) throws IOException {
        try {
            return read(issueDir.resolve(LOCK_FILE));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    public LockHolder holder() {
        return holder;
    }

    public Path file() {
        return file;
    }

    /** Releases the lock: removes the file, unless it is no longer ours (someone broke it). */
    @Override
    public synchronized void close() throws IOException {
        if (released) {
            return;
        }
        released = true;
        try {
            if (read(file).filter(holder::equals).isPresent()) {
                Files.deleteIfExists(file);
            }
        } catch (NoSuchFileException e) {
            // already gone: broken by someone who judged it stale
        }
    }

    /**
     * Creates the lock file atomically and complete: written under a private name, then linked to the lock
     * name (link fails if the name exists), so no one ever reads a half-written lock.
     */
    private static boolean create(Path file, LockHolder holder) throws IOException {
        byte[] bytes = IssueJson.toJson(holder).getBytes(StandardCharsets.UTF_8);
        Path temp = file.resolveSibling(file.getFileName() + "." + holder.pid() + "." + System.nanoTime() + ".tmp");
        Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            Files.createLink(file, temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException e) {
            // No hard links on this file system (FAT, some network shares): create-new is the next best.
            try {
                Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return true;
            } catch (FileAlreadyExistsException exists) {
                return false;
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Optional<LockHolder> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return Optional.of(IssueJson.reader(LockHolder.class).readValue(bytes));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable lock still locks; the caller may break it
        }
    }

    private static String hostName() {
        String env = System.getenv(System.getProperty("os.name", "").startsWith("Windows") ? "COMPUTERNAME" : "HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
