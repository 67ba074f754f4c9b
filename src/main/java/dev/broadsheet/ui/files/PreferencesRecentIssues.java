package dev.broadsheet.ui.files;

import dev.broadsheet.store.IssueLoadException;
import dev.broadsheet.store.PreferencesStore;
import dev.broadsheet.store.UserPreferences;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The recent issues kept in the user's preferences ({@link PreferencesStore}, {@code preferences.json}), next to
 * their profile. Remembering an issue rewrites the preferences with the profile as it is on disk; when that file
 * cannot be read it is left alone (the recent list is a convenience, the file may hold a profile a newer version
 * wrote), so nothing the user set is lost for the sake of a menu.
 */
public final class PreferencesRecentIssues implements RecentIssues {
    /** Added to the old list's file name once it has been taken over. */
    public static final String OLD_FILE_SUFFIX_MIGRATED = ".migrated";

    private final PreferencesStore store;

    public PreferencesRecentIssues(PreferencesStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * The recent issues in {@code store}, after taking over the list an earlier version kept in
     * {@code oldTextFile} (see {@link #migrate}).
     */
    public static PreferencesRecentIssues migratingFrom(PreferencesStore store, Path oldTextFile) {
        migrate(store, oldTextFile);
        return new PreferencesRecentIssues(store);
    }

    /**
     * Takes over the folders listed in the old text file once: they join the preferences' list after the folders
     * already there (at most {@link UserPreferences#MAX_RECENT}), and the old file is renamed to
     * {@code …txt.migrated} so it is neither read again nor lost. Nothing happens when there is no old file, or
     * when the preferences cannot be read (they are not overwritten; the next start tries again).
     *
     * @return whether the old file was taken over
     */
    public static boolean migrate(PreferencesStore store, Path oldTextFile) {
        if (oldTextFile == null || !Files.isRegularFile(oldTextFile)) {
            return false;
        }
        try {
            UserPreferences prefs = store.load();
            List<String> merged = new ArrayList<>(prefs.recentIssues());
            for (String line : Files.readAllLines(oldTextFile, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                String path = Path.of(line.strip()).toAbsolutePath().normalize().toString();
                if (!merged.contains(path)) {
                    merged.add(path);
                }
            }
            store.save(new UserPreferences(prefs.profile(), merged.subList(0, Math.min(UserPreferences.MAX_RECENT, merged.size()))));
            Files.move(oldTextFile, oldTextFile.resolveSibling(oldTextFile.getFileName() + OLD_FILE_SUFFIX_MIGRATED),
                    StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IssueLoadException unreadablePreferences) {
            return false;
        } catch (IOException | RuntimeException e) {
            // a line that is no path, a file that cannot be renamed: the old list stays where it was
            return false;
        }
    }

    /** Newest first, including folders that are gone (the menu shows them greyed, see {@code RecentMenuEntry}). */
    @Override
    public List<Path> list() {
        try {
            return store.loadOrDefaults().recentIssuePaths();
        } catch (RuntimeException badEntry) {
            return List.of();
        }
    }

    @Override
    public void remember(Path folder) {
        try {
            store.save(store.load().withRecentIssue(folder));
        } catch (IssueLoadException unreadable) {
            // left as it is: loadOrDefaults() already runs the session on defaults, and overwriting would lose it
        } catch (IOException ignored) {
            // the recent list is a convenience; failing to write it must not disturb opening an issue
        }
    }
}
