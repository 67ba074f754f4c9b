package dev.broadsheet.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Lets tests of other packages see File ▸ Open Recent's entries as "label enabled|disabled". */
public final class RecentMenuEntryAccess {
    private RecentMenuEntryAccess() {
    }

    public static List<String> entries(List<Path> folders, String missingWord) {
        return RecentMenuEntry.of(folders, Files::isDirectory, missingWord).stream()
                .map(e -> e.label() + (e.available() ? " enabled" : " disabled")).toList();
    }
}
