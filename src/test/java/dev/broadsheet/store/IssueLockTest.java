package dev.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.Role;
import dev.broadsheet.model.User;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssueLockTest {
    private static final User EDITOR = new User("高轶鹏", Role.LAYOUT_EDITOR);
    private static final User PROOFREADER = new User("王梦可", Role.PROOFREADER);
    private static final Instant NOW = Instant.parse("2026-05-01T18:00:00Z");

    /** This process, as the first editor. */
    private static IssueLock.Policy here() {
        return IssueLock.Policy.current().withClock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** Another process on the same host, as the second editor. */
    private static IssueLock.Policy otherProcess() {
        IssueLock.Policy p = here();
        return new IssueLock.Policy(p.host(), p.pid() + 1_000_000, null, p.clock(), p.staleAfter());
    }

    @Test
    void aSecondOpenForEditingIsRefusedWithTheHolderNamed(@TempDir Path dir) throws Exception {
        IssueLock.Attempt first = IssueLock.tryAcquire(dir, EDITOR, here());
        assertThat(first).isInstanceOf(IssueLock.Acquired.class);
        String lockJson = Files.readString(dir.resolve(IssueLock.LOCK_FILE));
        assertThat(lockJson).contains("\"user\": \"高轶鹏\"", "\"role\": \"LAYOUT_EDITOR\"", "\"pid\": " + ProcessHandle.current().pid());

        IssueLock.Attempt second = IssueLock.tryAcquire(dir, PROOFREADER, otherProcess());

        assertThat(second).isInstanceOfSatisfying(IssueLock.Refused.class, refused -> {
            assertThat(refused.stale()).isFalse();
            assertThat(refused.holder().user()).isEqualTo("高轶鹏");
            assertThat(refused.message()).contains("open for editing by 高轶鹏 (版面编辑)", "read-only");
        });
        assertThat(dir.resolve(IssueLock.LOCK_FILE)).hasContent(lockJson.strip());
    }

    @Test
    void closingReleasesTheLockForTheNextEditor(@TempDir Path dir) throws Exception {
        IssueLock lock = ((IssueLock.Acquired) IssueLock.tryAcquire(dir, EDITOR, here())).lock();
        lock.close();
        assertThat(dir.resolve(IssueLock.LOCK_FILE)).doesNotExist();
        assertThat(IssueLock.tryAcquire(dir, PROOFREADER, otherProcess())).isInstanceOf(IssueLock.Acquired.class);
    }

    @Test
    void aLockWhoseProcessHasDiedIsStaleAndCanBeBroken(@TempDir Path dir) throws Exception {
        Process gone = new ProcessBuilder("java", "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        gone.waitFor();
        IssueLock.Policy crashed = new IssueLock.Policy(here().host(), gone.pid(), null, here().clock(), here().staleAfter());
        IssueLock.tryAcquire(dir, EDITOR, crashed); // the crashed editor's lock, never released

        IssueLock.Attempt attempt = IssueLock.tryAcquire(dir, PROOFREADER, otherProcess());

        assertThat(attempt).isInstanceOfSatisfying(IssueLock.Refused.class, refused -> {
            assertThat(refused.stale()).isTrue();
            assertThat(refused.message()).contains("stale", "no longer running", "高轶鹏");
        });
        IssueLock.Attempt broken = IssueLock.breakStale(dir, PROOFREADER, (IssueLock.Refused) attempt, otherProcess());
        assertThat(broken).isInstanceOfSatisfying(IssueLock.Acquired.class,
                acquired -> assertThat(acquired.lock().holder().user()).isEqualTo("王梦可"));
    }

    @Test
    void aLiveHoldersLockCannotBeBroken(@TempDir Path dir) throws Exception {
        IssueLock.tryAcquire(dir, EDITOR, here());
        IssueLock.Refused refused = (IssueLock.Refused) IssueLock.tryAcquire(dir, PROOFREADER, otherProcess());

        IssueLock.Attempt attempt = IssueLock.breakStale(dir, PROOFREADER, refused, otherProcess());

        assertThat(attempt).isInstanceOf(IssueLock.Refused.class);
        assertThat(IssueLock.holder(dir)).hasValueSatisfying(h -> assertThat(h.user()).isEqualTo("高轶鹏"));
    }

    @Test
    void aLockFromAnotherHostGoesStaleOnlyAfterTheThreshold(@TempDir Path dir) throws Exception {
        IssueLock.Policy laptop = new IssueLock.Policy("proof-laptop", 4242, null, Clock.fixed(NOW, ZoneOffset.UTC),
                Duration.ofHours(12));
        IssueLock.tryAcquire(dir, PROOFREADER, laptop);

        IssueLock.Refused anHourLater = (IssueLock.Refused) IssueLock.tryAcquire(dir, EDITOR,
                here().withClock(Clock.fixed(NOW.plus(Duration.ofHours(1)), ZoneOffset.UTC)));
        IssueLock.Refused nextDay = (IssueLock.Refused) IssueLock.tryAcquire(dir, EDITOR,
                here().withClock(Clock.fixed(NOW.plus(Duration.ofHours(13)), ZoneOffset.UTC)));

        assertThat(anHourLater.stale()).isFalse();
        assertThat(anHourLater.message()).contains("王梦可 (校对) on proof-laptop");
        assertThat(nextDay.stale()).isTrue();
        assertThat(nextDay.message()).contains("13 hours old");
    }

    @Test
    void anUnreadableLockStillLocksButCanBeBroken(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(IssueLock.LOCK_FILE), "{\"user\": ");

        IssueLock.Refused refused = (IssueLock.Refused) IssueLock.tryAcquire(dir, EDITOR, here());

        assertThat(refused.holder()).isNull();
        assertThat(refused.stale()).isTrue();
        assertThat(IssueLock.breakStale(dir, EDITOR, refused, here())).isInstanceOf(IssueLock.Acquired.class);
    }

    @Test
    void closingALockSomeoneBrokeLeavesTheirLockAlone(@TempDir Path dir) throws Exception {
        IssueLock mine = ((IssueLock.Acquired) IssueLock.tryAcquire(dir, EDITOR, here())).lock();
        Files.delete(mine.file());
        IssueLock theirs = ((IssueLock.Acquired) IssueLock.tryAcquire(dir, PROOFREADER, otherProcess())).lock();

        mine.close();

        assertThat(IssueLock.holder(dir)).contains(theirs.holder());
    }

    @Test
    void heldElsewhereNamesALiveLockOfAnotherComputerButNotThisProcessesOwnOrAStaleOne(@TempDir Path dir) throws Exception {
        IssueLock own = ((IssueLock.Acquired) IssueLock.tryAcquire(dir, EDITOR, here())).lock();
        assertThat(IssueLock.heldElsewhere(dir, here())).as("this process's own lock").isEmpty();
        own.close();

        IssueLock.Policy desk7 = new IssueLock.Policy("desk-7", 4242, null, here().clock(), here().staleAfter());
        IssueLock.tryAcquire(dir, PROOFREADER, desk7);
        assertThat(IssueLock.heldElsewhere(dir, here())).hasValueSatisfying(h -> assertThat(h.user()).isEqualTo("王梦可"));
        IssueLock.Policy aDayLater = here().withClock(Clock.fixed(NOW.plus(java.time.Duration.ofHours(24)), ZoneOffset.UTC));
        assertThat(IssueLock.heldElsewhere(dir, aDayLater)).as("a lock from another computer gone stale").isEmpty();
    }
}
