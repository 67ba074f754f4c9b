package dev.broadsheet.ui.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.model.Issue;
import dev.broadsheet.store.IssueStore;
import dev.broadsheet.ui.UiFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workstation's repository over the real store: autosave goes through the store's Autosaver. */
class StoreIssueRepositoryTest {
    @TempDir
    Path dir;

    private final IssueStore store = new IssueStore();
    private final StoreIssueRepository repository = new StoreIssueRepository(store, IssueLocks.none());

    private Issue edited(Issue issue) {
        var s1 = issue.story("s1").orElseThrow();
        return issue.withStory(s1.withDeck(s1.deck().withTexts(null, "自动保存的主题", null)));
    }

    @Test
    void anAutosaveIsOnDiskWhenItReturnsAndIsOfferedOnTheNextOpenButIssueJsonIsUntouched() throws IOException {
        Path folder = dir.resolve("0412");
        Issue saved = store.create(folder, UiFixtures.sampleWithExtraStory());
        byte[] issueJson = Files.readAllBytes(folder.resolve("issue.json"));

        repository.autosave(folder, edited(saved));

        assertThat(folder.resolve(IssueStore.RECOVERY_FILE)).exists();
        assertThat(Files.readAllBytes(folder.resolve("issue.json"))).isEqualTo(issueJson);
        IssueRepository.OpenedIssue reopened = new StoreIssueRepository(store, IssueLocks.none()).open(folder);
        assertThat(reopened.recovered()).isPresent();
        assertThat(reopened.recovered().get().story("s1").orElseThrow().deck().headline()).isEqualTo("自动保存的主题");
    }

    @Test
    void aSaveAndACleanCloseBothLeaveNoRecoveryFile() throws IOException {
        Path folder = dir.resolve("0412");
        Issue saved = store.create(folder, UiFixtures.sampleWithExtraStory());
        repository.autosave(folder, edited(saved));
        repository.save(folder, edited(saved));
        assertThat(folder.resolve(IssueStore.RECOVERY_FILE)).doesNotExist();

        repository.autosave(folder, saved);
        assertThat(folder.resolve(IssueStore.RECOVERY_FILE)).exists();
        repository.close(folder);
        assertThat(folder.resolve(IssueStore.RECOVERY_FILE)).doesNotExist();
        assertThat(repository.open(folder).recovered()).isEmpty();
    }

    @Test
    void aFailedAutosaveIsReportedSoTheIndicatorCanSayIt() throws IOException {
        Path folder = dir.resolve("0412");
        Issue saved = store.create(folder, UiFixtures.sampleWithExtraStory());
        // a directory where the recovery file belongs: the atomic move onto it fails
        Files.createDirectories(folder.resolve(IssueStore.RECOVERY_FILE).resolve("in-the-way"));
        assertThatThrownBy(() -> repository.autosave(folder, edited(saved))).isInstanceOf(IOException.class);
        repository.close(folder);
    }

    @Test
    void afterSaveAsTheLockAndTheRecoveryCopyMoveToTheNewFolder() throws IOException {
        StoreIssueRepository locking = new StoreIssueRepository(store,
                new StoreIssueLocks(new dev.broadsheet.model.User("张编辑", dev.broadsheet.model.Role.LAYOUT_EDITOR)));
        Path folder = dir.resolve("0412");
        Path copy = dir.resolve("0412-copy");
        Issue saved = store.create(folder, UiFixtures.sampleWithExtraStory());
        assertThat(locking.open(folder).readOnly()).isFalse();
        locking.autosave(folder, edited(saved));

        locking.save(copy, edited(saved));
        locking.movedTo(folder, copy);

        assertThat(dev.broadsheet.store.IssueLock.holder(folder)).as("another editor may open the old folder").isEmpty();
        assertThat(folder.resolve(IssueStore.RECOVERY_FILE)).doesNotExist();
        assertThat(dev.broadsheet.store.IssueLock.holder(copy)).hasValueSatisfying(h -> assertThat(h.user()).isEqualTo("张编辑"));
        locking.close(copy);
        assertThat(dev.broadsheet.store.IssueLock.holder(copy)).isEmpty();
    }
}
