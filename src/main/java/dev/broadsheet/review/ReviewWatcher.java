package dev.broadsheet.review;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Notices a review file appearing or changing in an issue's {@code reviews/} folder (a proofreader's review
 * copied in, or written by another workstation on a shared folder) and tells a listener, on a daemon thread
 * of its own; the workstation then reloads the {@link ReviewSet} (and hops to its UI thread itself).
 * An atomic save shows up as a file created by a move, so listeners see each save once or twice, never half.
 */
public final class ReviewWatcher implements AutoCloseable {

    private final WatchService service;
    private final Thread thread;
    private final Path dir;

    private ReviewWatcher(Path dir, WatchService service, Consumer<Path> listener) {
        this.dir = dir;
        this.service = service;
        this.thread = new Thread(() -> loop(listener), "review-watcher " + dir.getFileName());
        thread.setDaemon(true);
    }

    /** Starts watching {@code issueDir/reviews} (created when missing); {@code listener} gets the changed file. */
    public static ReviewWatcher start(Path issueDir, Consumer<Path> listener) throws IOException {
        Objects.requireNonNull(listener, "listener");
        Path dir = ReviewFiles.folder(issueDir);
        Files.createDirectories(dir);
        WatchService service = FileSystems.getDefault().newWatchService();
        dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        ReviewWatcher watcher = new ReviewWatcher(dir, service, listener);
        watcher.thread.start();
        return watcher;
    }

    private void loop(Consumer<Path> listener) {
        try {
            while (true) {
                WatchKey key = service.take();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name && ReviewFiles.isReviewFileName(name.toString())) {
                        listener.accept(dir.resolve(name));
                    }
                }
                if (!key.reset()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: stop quietly
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
