package dev.broadsheet.ui.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundled sample issue (class-path resources under {@code dev/broadsheet/assets/sample/}), copied to a
 * per-user working folder so it can be edited and saved like any issue. The copy is kept between runs; it
 * is replaced (the old one moved aside) only when the bundled sample itself changes.
 */
public final class SampleIssue {
    static final String RESOURCE_DIR = "/dev/broadsheet/assets/sample/";
    private static final String MARKER = ".bundled-sample";
    /** Image paths are read from the bundled issue.json's {@code "imagePath"} fields to know what to copy. */
    private static final Pattern IMAGE_PATH = Pattern.compile("\"imagePath\"\\s*:\\s*\"([^\"]+)\"");

    private SampleIssue() {
    }

    /** The default working folder: {@code ~/.broadsheet/sample-issue}. */
    public static Path defaultWorkingFolder() {
        return Path.of(System.getProperty("user.home"), ".broadsheet", "sample-issue");
    }

    public static boolean isBundled() {
        return SampleIssue.class.getResource(RESOURCE_DIR + "issue.json") != null;
    }

    /** Copies the bundled sample into {@code folder} unless an up-to-date copy is there; answers the folder. */
    public static Path install(Path folder) {
        try {
            byte[] issueJson = resource("issue.json");
            String fingerprint = sha256(issueJson);
            Path marker = folder.resolve(MARKER);
            if (Files.isRegularFile(folder.resolve("issue.json")) && Files.isRegularFile(marker)
                    && Files.readString(marker).strip().equals(fingerprint)) {
                return folder;
            }
            if (Files.exists(folder)) {
                Path aside = folder.resolveSibling(folder.getFileName() + "-" + System.currentTimeMillis());
                Files.move(folder, aside);
            }
            Files.createDirectories(folder.resolve("images"));
            Matcher m = IMAGE_PATH.matcher(new String(issueJson, StandardCharsets.UTF_8));
            while (m.find()) {
                String relative = m.group(1);
                if (relative.contains("..") || relative.startsWith("/")) {
                    continue;
                }
                try (InputStream in = SampleIssue.class.getResourceAsStream(RESOURCE_DIR + relative)) {
                    if (in != null) {
                        Path target = folder.resolve(relative);
                        Files.createDirectories(target.getParent());
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Files.write(folder.resolve("issue.json"), issueJson);
            Files.writeString(marker, fingerprint + "\n");
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up the sample issue in " + folder, e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SampleIssue.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new IOException("the sample issue is missing from the class path: " + RESOURCE_DIR + name);
            }
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
