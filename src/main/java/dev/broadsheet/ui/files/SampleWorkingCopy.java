package dev.broadsheet.ui.files;

import dev.broadsheet.store.IssueStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The workstation's bundled sample issue — the reference page, laid out like the printed page
 * ({@code assets/sample/reference-page/}) — as a folder the user can edit and save, in a per-user working folder. The copy is kept between runs (it is the user's work) and only replaced,
 * the old one moved aside, when the bundled sample itself has changed.
 */
public final class SampleWorkingCopy {
    static final String MARKER = ".bundled-sample";
    /** Class-path location of the sample's issue file. */
    public static final String RESOURCE = "/dev/broadsheet/assets/sample/reference-page/issue.json";

    private SampleWorkingCopy() {
    }

    /** {@code ~/.broadsheet/sample-issue}. */
    public static Path defaultFolder() {
        return Path.of(System.getProperty("user.home"), ".broadsheet", "sample-issue");
    }

    /** Makes sure {@code folder} holds the current bundled sample (or the user's edits of it); answers the folder. */
    public static Path prepare(Path folder) throws IOException {
        byte[] bundled = bundled();
        String fingerprint = fingerprint(bundled);
        Path marker = folder.resolve(MARKER);
        if (Files.isRegularFile(folder.resolve("issue.json")) && Files.isRegularFile(marker)
                && Files.readString(marker).strip().equals(fingerprint)) {
            return folder;
        }
        if (Files.exists(folder)) {
            Files.move(folder, folder.resolveSibling(folder.getFileName() + "-" + System.currentTimeMillis()));
        }
        Files.createDirectories(folder.resolve(IssueStore.IMAGES_DIR));
        Files.createDirectories(folder.resolve(IssueStore.REVIEWS_DIR));
        Files.write(IssueStore.issueFile(folder), bundled);
        Files.writeString(marker, fingerprint + "\n");
        return folder;
    }

    private static byte[] bundled() throws IOException {
        try (InputStream in = SampleWorkingCopy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the sample issue " + RESOURCE + " is missing from the class path");
            }
            return in.readAllBytes();
        }
    }

    private static String fingerprint(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
