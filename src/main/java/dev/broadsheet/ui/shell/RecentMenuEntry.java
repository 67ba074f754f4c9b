package dev.broadsheet.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * One line of File ▸ Open Recent: the folder's name and path, greyed out (not removed) when the folder is not
 * there just now — a network share or a USB disk may come back, and the list keeps it until newer issues push
 * it out.
 */
record RecentMenuEntry(Path folder, String label, boolean available) {

    static List<RecentMenuEntry> of(List<Path> folders, Predicate<Path> isThere, String missingWord) {
        return folders.stream().map(f -> {
            boolean there = isThere.test(f);
            String label = f.getFileName() + "  —  " + f + (there ? "" : "  " + missingWord);
            return new RecentMenuEntry(f, label, there);
        }).toList();
    }
}
