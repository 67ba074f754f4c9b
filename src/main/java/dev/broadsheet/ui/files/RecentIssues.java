package dev.broadsheet.ui.files;

import java.nio.file.Path;
import java.util.List;

/** The recently opened issue folders, newest first (kept in the user's preferences by the store). */
public interface RecentIssues {

    List<Path> list();

    void remember(Path folder);
}
