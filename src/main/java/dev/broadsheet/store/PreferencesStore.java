package dev.broadsheet.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes {@code preferences.json} in the user's configuration folder (the file is injectable, so
 * tests never touch the real one). A file this version cannot read is reported, never overwritten by a
 * silent reset: {@link #loadOrDefaults()} falls back to defaults for the session and leaves it alone
 * until the user saves new preferences (the old file then stays as {@code preferences.json.bak}).
 */
public final class PreferencesStore {
    public static final int SCHEMA_VERSION = 1;

    /** The file's layout: a version first, as for issues, so a later version can migrate it. */
    record PreferencesFile(int schemaVersion, UserProfile profile, List<String> recentIssues) {
    }

    private final Path file;

    public PreferencesStore(Path file) {
        this.file = file;
    }

    /** The store for this OS account's preferences file, see {@link #defaultFile()}. */
    public static PreferencesStore forCurrentUser() {
        return new PreferencesStore(defaultFile());
    }

    /**
     * {@code %APPDATA%\Broadsheet} on Windows, {@code ~/Library/Application Support/Broadsheet} on macOS,
     * {@code $XDG_CONFIG_HOME/broadsheet} (default {@code ~/.config/broadsheet}) elsewhere (XDG Base Directory spec).
     */
    public static Path defaultFile() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        Path dir;
        if (os.startsWith("windows") && System.getenv("APPDATA") != null) {
            dir = Path.of(System.getenv("APPDATA"), "Broadsheet");
        } else if (os.startsWith("mac")) {
            dir = home.resolve("Library").resolve("Application Support").resolve("Broadsheet");
        } else {
            String xdg = System.getenv("XDG_CONFIG_HOME");
            dir = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config")).resolve("broadsheet");
        }
        return dir.resolve("preferences.json");
    }

    public Path file() {
        return file;
    }

    /** The saved preferences; defaults when there is no file yet. */
    public UserPreferences load() throws IssueLoadException {
        if (!Files.exists(file)) {
            return UserPreferences.defaults();
        }
        PreferencesFile read = JsonDocuments.read(file, PreferencesFile.class);
        if (read.schemaVersion() != SCHEMA_VERSION) {
            throw new IssueLoadException(LoadProblem.error(file, 0, 0, "$.schemaVersion", "preferences version "
                    + read.schemaVersion() + " is not one this Broadsheet reads (" + SCHEMA_VERSION + ")"));
        }
        return new UserPreferences(read.profile(), read.recentIssues());
    }

    /** The saved preferences, or the defaults when the file cannot be read (the file is left as it is). */
    public UserPreferences loadOrDefaults() {
        try {
            return load();
        } catch (IssueLoadException e) {
            return UserPreferences.defaults();
        }
    }

    public void save(UserPreferences preferences) throws IOException {
        JsonDocuments.write(file, new PreferencesFile(SCHEMA_VERSION, preferences.profile(), preferences.recentIssues()));
    }
}
