package dev.broadsheet.store;

import dev.broadsheet.model.Issue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sample issue bundled with the application ({@code assets/sample/issue/}, on the class path under
 * {@code dev/broadsheet/assets/sample/issue/}): what the workstation opens when no file is given.
 */
public final class SampleIssue {
    /** Class-path location of the sample's issue file. */
    public static final String RESOURCE = "/dev/broadsheet/assets/sample/issue/issue.json";

    private SampleIssue() {
    }

    /** The sample issue, read straight from the class path. */
    public static Issue load() throws IOException {
        return IssueFormat.read(bytes(), Path.of("sample", "issue", IssueStore.ISSUE_FILE), null).issue();
    }

    /**
     * Copies the sample into a new issue folder (with {@code images/} and {@code reviews/}), so that it can be
     * opened for editing like any issue; returns the folder.
     */
    public static Path copyTo(Path issueDir) throws IOException {
        Files.createDirectories(issueDir.resolve(IssueStore.IMAGES_DIR));
        Files.createDirectories(issueDir.resolve(IssueStore.REVIEWS_DIR));
        Files.write(IssueStore.issueFile(issueDir), bytes());
        return issueDir;
    }

    private static byte[] bytes() throws IOException {
        try (InputStream in = SampleIssue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the sample issue " + RESOURCE + " is missing from the class path");
            }
            return in.readAllBytes();
        }
    }
}
