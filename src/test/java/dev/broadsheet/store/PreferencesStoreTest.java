package dev.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.broadsheet.model.Role;
import dev.broadsheet.model.User;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesStoreTest {

    @Test
    void withoutAFileTheUserIsTheOsAccountAsLayoutEditor(@TempDir Path dir) throws Exception {
        UserPreferences prefs = new PreferencesStore(dir.resolve("preferences.json")).load();
        assertThat(prefs.profile().toUser()).isEqualTo(new User(System.getProperty("user.name"), Role.LAYOUT_EDITOR));
        assertThat(prefs.recentIssues()).isEmpty();
    }

    @Test
    void savesAndLoadsTheProfileAndRecentIssues(@TempDir Path dir) throws Exception {
        PreferencesStore store = new PreferencesStore(dir.resolve("config/preferences.json"));
        UserPreferences prefs = UserPreferences.defaults()
                .withProfile(new UserProfile("王梦可", Role.PROOFREADER))
                .withRecentIssue(dir.resolve("a"))
                .withRecentIssue(dir.resolve("b"))
                .withRecentIssue(dir.resolve("a"));
        store.save(prefs);

        UserPreferences back = store.load();

        assertThat(back).isEqualTo(prefs);
        assertThat(back.profile().toUser()).isEqualTo(new User("王梦可", Role.PROOFREADER));
        assertThat(back.recentIssuePaths()).containsExactly(dir.resolve("a"), dir.resolve("b"));
        assertThat(Files.readString(store.file())).startsWith("{\n  \"schemaVersion\": 1,\n  \"profile\": {");
    }

    @Test
    void theRecentListKeepsTheNewestTen(@TempDir Path dir) {
        UserPreferences prefs = UserPreferences.defaults();
        for (int i = 0; i < 15; i++) {
            prefs = prefs.withRecentIssue(dir.resolve("issue" + i));
        }
        assertThat(prefs.recentIssues()).hasSize(UserPreferences.MAX_RECENT).first().asString().endsWith("issue14");
    }

    @Test
    void aBrokenFileIsReportedWithItsLocationAndLeftAlone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("preferences.json");
        String broken = "{\n  \"schemaVersion\": 1,\n  \"profile\": {\"name\": \"张三\", \"role\": \"EDITOR\"},\n  \"recentIssues\": []\n}\n";
        Files.writeString(file, broken);
        PreferencesStore store = new PreferencesStore(file);

        IssueLoadException e = catchThrowableOfType(IssueLoadException.class, store::load);

        assertThat(e.firstError().toString()).isEqualTo(file + ":3:29: $.profile.role: expected one of "
                + "\"LAYOUT_EDITOR\", \"DESIGNER\", \"PROOFREADER\", \"DUTY_EDITOR\", got \"EDITOR\"");
        assertThat(store.loadOrDefaults()).isEqualTo(UserPreferences.defaults());
        assertThat(file).hasContent(broken.strip());
    }
}
