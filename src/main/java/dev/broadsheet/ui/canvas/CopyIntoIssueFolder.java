package dev.broadsheet.ui.canvas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The default {@link ImageImporter}: copies a dropped image into the issue folder's {@code images/} (a file
 * already inside the folder stays where it is), never overwriting: a name in use gets a number.
 */
public final class CopyIntoIssueFolder implements ImageImporter {

    private final Supplier<Path> issueFolder;

    public CopyIntoIssueFolder(Supplier<Path> issueFolder) {
        this.issueFolder = issueFolder;
    }

    @Override
    public String importImage(Path file) throws IOException {
        Path folder = issueFolder.get();
        if (folder == null) {
            throw new IOException("the issue has no folder yet: save it before adding images");
        }
        folder = folder.toAbsolutePath().normalize();
        Path source = file.toAbsolutePath().normalize();
        if (source.startsWith(folder)) {
            return relative(folder, source);
        }
        Path images = folder.resolve("images");
        Files.createDirectories(images);
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot).toLowerCase(Locale.ROOT) : "";
        Path target = images.resolve(base + extension);
        for (int n = 2; Files.exists(target); n++) {
            target = images.resolve(base + "-" + n + extension);
        }
        Files.copy(source, target);
        return relative(folder, target);
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    /** True for the files the canvas accepts as photos: PNG and JPEG. */
    public static boolean isImageFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg");
    }
}
