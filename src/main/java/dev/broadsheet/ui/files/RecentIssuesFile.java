package dev.broadsheet.ui.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Recent issue folders kept one per line in a small file of the user's (newest first, at most ten). */
public final class RecentIssuesFile implements RecentIssues {
    static final int MAX = 10;
    private final Path file;

    public RecentIssuesFile(Path file) {
        this.file = file;
    }

    @Override
    public List<Path> list() {
        try {
            if (!Files.isRegularFile(file)) {
                return List.of();
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(Path::of)
                    .filter(Files::isDirectory).limit(MAX).toList();
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
    }

    @Override
    public void remember(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>();
        next.add(absolute);
        list().stream().filter(p -> !p.equals(absolute)).limit(MAX - 1).forEach(next::add);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, next.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        } catch (IOException ignored) {
            // the recent list is a convenience; failing to write it must not disturb opening an issue
        }
    }
}
