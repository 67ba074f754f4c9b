package dev.broadsheet.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.Role;
import dev.broadsheet.store.PreferencesStore;
import dev.broadsheet.store.UserPreferences;
import dev.broadsheet.store.UserProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recent-issues list lives in the store's preferences file; the old text file is taken over once. */
class PreferencesRecentIssuesTest {
    @TempDir
    Path dir;

    @Test
    void rememberedIssuesComeBackNewestFirstAndTheProfileIsKept() throws IOException {
        PreferencesStore store = new PreferencesStore(dir.resolve("config/preferences.json"));
        store.save(UserPreferences.defaults().withProfile(new UserProfile("李校对", Role.PROOFREADER)));
        PreferencesRecentIssues recent = new PreferencesRecentIssues(store);
        recent.remember(dir.resolve("a"));
        recent.remember(dir.resolve("b"));
        recent.remember(dir.resolve("a"));
        assertThat(recent.list()).containsExactly(dir.resolve("a"), dir.resolve("b"));
        assertThat(store.load().profile()).isEqualTo(new UserProfile("李校对", Role.PROOFREADER));
        assertThat(new PreferencesRecentIssues(store).list()).as("read back from the file").hasSize(2);
    }

    @Test
    void theListKeepsAtMostTenIssues() {
        PreferencesRecentIssues recent = new PreferencesRecentIssues(new PreferencesStore(dir.resolve("p.json")));
        for (int i = 0; i < 14; i++) {
            recent.remember(dir.resolve("issue" + i));
        }
        assertThat(recent.list()).hasSize(UserPreferences.MAX_RECENT).first().isEqualTo(dir.resolve("issue13"));
    }

    @Test
    void theOldTextFileIsTakenOverOnceAfterTheEntriesAlreadyThereAndRenamed() throws IOException {
        PreferencesStore store = new PreferencesStore(dir.resolve("preferences.json"));
        new PreferencesRecentIssues(store).remember(dir.resolve("new"));
        Path old = dir.resolve(".broadsheet/recent-issues.txt");
        Files.createDirectories(old.getParent());
        Files.write(old, List.of(dir.resolve("old1").toString(), "", dir.resolve("new").toString(), dir.resolve("old2").toString()),
                StandardCharsets.UTF_8);

        PreferencesRecentIssues recent = PreferencesRecentIssues.migratingFrom(store, old);

        assertThat(recent.list()).containsExactly(dir.resolve("new"), dir.resolve("old1"), dir.resolve("old2"));
        assertThat(old).doesNotExist();
        assertThat(old.resolveSibling("recent-issues.txt.migrated")).exists();
        assertThat(PreferencesRecentIssues.migrate(store, old)).as("only once").isFalse();
    }

    @Test
    void unreadablePreferencesAreNeitherOverwrittenByTheMigrationNorByRemembering() throws IOException {
        Path file = dir.resolve("preferences.json");
        Files.writeString(file, "{ \"schemaVersion\": 1, \"profile\": ", StandardCharsets.UTF_8);
        Path old = dir.resolve("recent-issues.txt");
        Files.write(old, List.of(dir.resolve("old1").toString()), StandardCharsets.UTF_8);
        PreferencesStore store = new PreferencesStore(file);

        PreferencesRecentIssues recent = PreferencesRecentIssues.migratingFrom(store, old);
        recent.remember(dir.resolve("x"));

        assertThat(Files.readString(file)).isEqualTo("{ \"schemaVersion\": 1, \"profile\": ");
        assertThat(old).as("kept for a later try").exists();
        assertThat(recent.list()).isEmpty();
    }

    @Test
    void missingFoldersStayInTheListForTheMenuToGreyOut() throws IOException {
        PreferencesRecentIssues recent = new PreferencesRecentIssues(new PreferencesStore(dir.resolve("p.json")));
        Files.createDirectories(dir.resolve("here"));
        recent.remember(dir.resolve("gone"));
        recent.remember(dir.resolve("here"));
        List<String> shown = new ArrayList<>();
        dev.broadsheet.ui.shell.RecentMenuEntryAccess.entries(recent.list(), "(not found)")
                .forEach(e -> shown.add(e));
        assertThat(shown).containsExactly("here  —  " + dir.resolve("here") + " enabled",
                "gone  —  " + dir.resolve("gone") + "  (not found) disabled");
    }
}
