package dev.broadsheet.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the image paths of photos: relative, forward slashes, inside the issue folder. An issue is a
 * folder people copy and mail around; a path that leaves it (or a URL) would break on the next machine,
 * or read a file the user never meant to share.
 */
public final class ImagePaths {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private ImagePaths() {
    }

    /** Why this path is refused, or empty when it is a plain relative path inside the folder. */
    public static Optional<String> problem(String path) {
        if (path == null) {
            return Optional.empty();
        }
        if (path.isBlank()) {
            return Optional.of("an image path must not be blank (use null while the photo has no file)");
        }
        if (path.indexOf('\\') >= 0) {
            return Optional.of("image path \"" + path + "\" contains a backslash; use forward slashes, relative to the issue folder");
        }
        if (path.startsWith("/")) {
            return Optional.of("image path \"" + path + "\" is absolute; it must be relative to the issue folder (such as images/p1.jpg)");
        }
        if (SCHEME.matcher(path).find()) {
            return Optional.of("image path \"" + path + "\" is a URL or a drive; images must be files inside the issue folder");
        }
        if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            return Optional.of("image path \"" + path.replaceAll("\\p{Cntrl}", "?") + "\" contains control characters");
        }
        for (String part : path.split("/", -1)) {
            if (part.equals("..")) {
                return Optional.of("image path \"" + path + "\" leaves the issue folder (\"..\")");
            }
            if (part.isEmpty() || part.equals(".")) {
                return Optional.of("image path \"" + path + "\" has an empty or \".\" part; write it as images/name.jpg");
            }
        }
        return Optional.empty();
    }

    /** The image file of a valid path inside an issue folder. */
    public static Path resolve(Path issueDir, String imagePath) {
        problem(imagePath).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        Path resolved = issueDir.resolve(imagePath).normalize();
        if (!resolved.startsWith(issueDir.normalize())) {
            throw new IllegalArgumentException("image path \"" + imagePath + "\" leaves the issue folder");
        }
        return resolved;
    }
}
