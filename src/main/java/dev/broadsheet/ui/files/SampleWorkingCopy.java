package dev.broadsheet.ui.files;

import dev.broadsheet.store.SampleIssue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bundled sample issue as a folder the user can edit and save: the store copies it out of the class path
 * into a per-user working folder. The copy is kept between runs (it is the user's work) and only replaced,
 * the old one moved aside, when the bundled sample itself has changed.
 */
public final class SampleWorkingCopy {
    static final String MARKER = ".bundled-sample";

    private SampleWorkingCopy() {
    }

    /** {@code ~/.broadsheet/sample-issue}. */
    public static Path defaultFolder() {
        return Path.of(System.getProperty("user.home"), ".broadsheet", "sample-issue");
    }

    /** Makes sure {@code folder} holds the current bundled sample (or the user's edits of it); answers the folder. */
    public static Path prepare(Path folder) throws IOException {
        String fingerprint = fingerprint();
        Path marker = folder.resolve(MARKER);
        if (Files.isRegularFile(folder.resolve("issue.json")) && Files.isRegularFile(marker)
                && Files.readString(marker).strip().equals(fingerprint)) {
            return folder;
        }
        if (Files.exists(folder)) {
            Files.move(folder, folder.resolveSibling(folder.getFileName() + "-" + System.currentTimeMillis()));
        }
        SampleIssue.copyTo(folder);
        Files.writeString(marker, fingerprint + "\n");
        return folder;
    }

    private static String fingerprint() throws IOException {
        try (InputStream in = SampleIssue.class.getResourceAsStream(SampleIssue.RESOURCE)) {
            if (in == null) {
                throw new IOException("the sample issue " + SampleIssue.RESOURCE + " is missing from the class path");
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
