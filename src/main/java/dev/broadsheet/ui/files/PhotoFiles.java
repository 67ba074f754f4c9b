package dev.broadsheet.ui.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Brings an image from anywhere on disk into the issue: it is copied into the issue's {@code images/}
 * folder and referred to by a relative path, so the issue folder stays self-contained (issue 2: image
 * paths may not leave the folder).
 */
public final class PhotoFiles {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private PhotoFiles() {
    }

    /** Whether a file name looks like an image we place (PNG or JPEG), for drag-over feedback. */
    public static boolean hasImageName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg");
    }

    /**
     * Copies {@code source} into {@code issueFolder/images/} (a new name if one is taken by a different file)
     * and answers the path relative to the issue folder, with forward slashes.
     *
     * @throws IOException when the file cannot be read or is neither PNG nor JPEG (checked by its signature)
     */
    public static String copyIntoIssue(Path issueFolder, Path source) throws IOException {
        if (!isPngOrJpeg(source)) {
            throw new IOException(source + ": not a PNG or JPEG image");
        }
        Path images = issueFolder.resolve("images");
        Files.createDirectories(images);
        String name = source.getFileName().toString();
        Path target = images.resolve(name);
        int n = 2;
        while (Files.exists(target) && !sameContent(target, source)) {
            int dot = name.lastIndexOf('.');
            target = images.resolve(name.substring(0, dot) + "-" + n++ + name.substring(dot));
        }
        if (!Files.exists(target)) {
            Path tmp = images.resolve(target.getFileName() + ".part");
            Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        }
        return "images/" + target.getFileName();
    }

    static boolean isPngOrJpeg(Path file) throws IOException {
        byte[] head = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, 4);
        }
        return startsWith(head, read, PNG) || startsWith(head, read, JPEG);
    }

    private static boolean startsWith(byte[] head, int read, byte[] magic) {
        if (read < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameContent(Path a, Path b) throws IOException {
        return Files.size(a) == Files.size(b) && Files.mismatch(a, b) == -1;
    }
}
