package dev.broadsheet.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A user's preferences: their profile and the issues they opened last (newest first, at most
 * {@value #MAX_RECENT}). Kept small on purpose; window layout and the like belong to the interface's own
 * settings.
 */
public record UserPreferences(UserProfile profile, List<String> recentIssues) {
    public static final int MAX_RECENT = 10;

    public UserPreferences {
        if (profile == null) {
            profile = UserProfile.fromOsAccount();
        }
        recentIssues = recentIssues == null ? List.of() : List.copyOf(recentIssues);
    }

    public static UserPreferences defaults() {
        return new UserPreferences(UserProfile.fromOsAccount(), List.of());
    }

    public UserPreferences withProfile(UserProfile newProfile) {
        return new UserPreferences(Objects.requireNonNull(newProfile, "profile"), recentIssues);
    }

    /** Puts an issue folder at the top of the recent list (once), dropping the oldest beyond the limit. */
    public UserPreferences withRecentIssue(Path issueDir) {
        String path = issueDir.toAbsolutePath().normalize().toString();
        List<String> list = new ArrayList<>(recentIssues);
        list.remove(path);
        list.add(0, path);
        return new UserPreferences(profile, list.subList(0, Math.min(MAX_RECENT, list.size())));
    }

    public List<Path> recentIssuePaths() {
        return recentIssues.stream().map(Path::of).toList();
    }
}
