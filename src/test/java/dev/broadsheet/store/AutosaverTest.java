package dev.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.Issue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaverTest {
    private final IssueStore store = new IssueStore();

    @Test
    void writesOnABackgroundThreadWithoutBlockingTheCaller(@TempDir Path dir) throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> writers = new CopyOnWriteArrayList<>();
        try (Autosaver autosaver = new Autosaver(dir, Duration.ZERO, (file, bytes) -> {
            writers.add(Thread.currentThread());
            writing.countDown();
            await(release);
            Files.write(file, bytes);
        })) {
            autosaver.request(TestIssues.small()); // returns although the write below cannot finish yet
            assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(writers).singleElement().isNotSameAs(Thread.currentThread())
                    .satisfies(t -> assertThat(t.getName()).isEqualTo("broadsheet-autosave"));
            assertThat(autosaver.recoveryFile()).doesNotExist();
            release.countDown();
            autosaver.flush().get(10, TimeUnit.SECONDS);
            assertThat(autosaver.recoveryFile()).exists();
        }
    }

    @Test
    void coalescesRequestsMadeWhileAWriteIsInProgress(@TempDir Path dir) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<byte[]> written = new CopyOnWriteArrayList<>();
        Issue base = TestIssues.small();
        try (Autosaver autosaver = new Autosaver(dir, Duration.ZERO, (file, bytes) -> {
            await(release);
            written.add(bytes);
            Files.write(file, bytes);
        })) {
            for (int i = 0; i < 50; i++) {
                autosaver.request(base.withMasthead("版本" + i, base.date(), base.issueNumber()));
            }
            release.countDown();
            autosaver.flush().get(10, TimeUnit.SECONDS);
            assertThat(written).hasSizeBetween(1, 2); // the first state, perhaps, and then only the newest
            assertThat(store.loadRecovery(dir).masthead()).isEqualTo("版本49");
        }
    }

    @Test
    void aRecoveryNewerThanTheIssueIsOfferedAndANormalSaveRemovesIt(@TempDir Path dir) throws Exception {
        Issue saved = store.save(dir, TestIssues.small());
        assertThat(store.recoveryFile(dir)).isEmpty();
        Issue edited = saved.withMasthead("编辑中", saved.date(), saved.issueNumber());
        try (Autosaver autosaver = new Autosaver(dir, Duration.ofMillis(20))) {
            autosaver.request(edited);
            autosaver.flush().get(10, TimeUnit.SECONDS);

            assertThat(store.recoveryFile(dir)).contains(dir.resolve(IssueStore.RECOVERY_FILE));
            assertThat(store.loadRecovery(dir)).isEqualTo(edited);

            store.save(dir, edited);
            autosaver.discard().get(10, TimeUnit.SECONDS);
            assertThat(store.recoveryFile(dir)).isEmpty();
            assertThat(dir.resolve(IssueStore.RECOVERY_FILE)).doesNotExist();
        }
    }

    @Test
    void aRecoveryOlderThanTheIssueIsNotOffered(@TempDir Path dir) throws Exception {
        Issue saved = store.save(dir, TestIssues.small());
        Path recovery = dir.resolve(IssueStore.RECOVERY_FILE);
        Files.write(recovery, IssueFormat.toBytes(saved));
        Files.setLastModifiedTime(recovery, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(IssueStore.issueFile(dir)).toMillis() - 60_000));
        assertThat(store.recoveryFile(dir)).isEmpty();
    }

    private static void await(CountDownLatch latch) throws java.io.InterruptedIOException {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new java.io.InterruptedIOException();
        }
    }

    @Test
    void aNormalCloseRemovesTheRecoveryFile(@TempDir Path dir) throws Exception {
        Autosaver autosaver = new Autosaver(dir, Duration.ZERO);
        autosaver.request(TestIssues.small());
        autosaver.flush().get(10, TimeUnit.SECONDS);
        assertThat(autosaver.recoveryFile()).exists();

        autosaver.close();

        assertThat(autosaver.recoveryFile()).doesNotExist();
        autosaver.request(TestIssues.small()); // after close: ignored, and no exception
    }
}
