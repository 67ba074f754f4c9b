package dev.broadsheet.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writing a file so that a crash at any moment leaves either the old or the new content, never a mix:
 * write a temporary file beside it, force it to disk, then rename it over the target in one step.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Whether to wait for the disk before the rename (issues: yes; recovery files: no need). */
    public enum Durability {
        FORCE_TO_DISK,
        OS_BUFFERED
    }

    /**
     * Replaces {@code target} with {@code bytes} atomically, through {@code target + ".tmp"}.
     *
     * @param backup when not null, the previous content of {@code target} is kept there (also replaced atomically)
     */
    public static void write(Path target, byte[] bytes, Path backup, Durability durability) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        writeFully(temp, bytes, durability);
        if (backup != null && Files.exists(target)) {
            // Copy, not move: between a move and the rename below there would be no target file at all.
            Path backupTemp = backup.resolveSibling(backup.getFileName() + ".tmp");
            Files.copy(target, backupTemp, StandardCopyOption.REPLACE_EXISTING);
            move(backupTemp, backup);
        }
        move(temp, target);
        if (durability == Durability.FORCE_TO_DISK) {
            forceDirectory(target.toAbsolutePath().getParent());
        }
    }

    private static void writeFully(Path file, byte[] bytes, Durability durability) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            if (durability == Durability.FORCE_TO_DISK) {
                channel.force(true);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this only happens on unusual file systems; a plain replace is the best left.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable (POSIX); not possible on every platform, where it is skipped. */
    private static void forceDirectory(Path dir) {
        if (dir == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel; NTFS journals the rename itself.
        }
    }
}
