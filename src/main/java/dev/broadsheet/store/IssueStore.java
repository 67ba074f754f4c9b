package dev.broadsheet.store;

import dev.broadsheet.model.Issue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes issues on disk. One issue is one folder:
 * <pre>
 *   issue.json            the issue ({@link IssueFormat})
 *   issue.json.bak        the previous save
 *   issue.json.recovery   written by the {@link Autosaver}; removed by a normal save
 *   issue.json.lock       while someone edits it ({@link IssueLock})
 *   images/               the photos' files (Photo.imagePath is relative to the folder)
 *   reviews/              proofreaders' reviews
 * </pre>
 * Loading never writes anything. Saving is atomic (see {@link AtomicFiles}), keeps the previous version and
 * raises the issue's revision.
 */
public final class IssueStore {
    public static final String ISSUE_FILE = "issue.json";
    public static final String BACKUP_FILE = "issue.json.bak";
    public static final String RECOVERY_FILE = "issue.json.recovery";
    public static final String IMAGES_DIR = "images";
    public static final String REVIEWS_DIR = "reviews";

    public IssueStore() {
    }

    public static Path issueFile(Path issueDir) {
        return issueDir.resolve(ISSUE_FILE);
    }

    /** Loads an issue folder, migrating an older file in memory (the file itself is only rewritten by a save). */
    public Issue load(Path issueDir) throws IOException {
        return read(issueDir, issueFile(issueDir)).issue();
    }

    /** Loads with the details: the file's schema version and the warnings found. */
    public IssueFormat.Parsed read(Path issueDir) throws IOException {
        return read(issueDir, issueFile(issueDir));
    }

    /**
     * Every problem of an issue folder, errors and warnings, each located: what {@code broadsheet validate}
     * prints. Never throws for a bad file; only for a folder that cannot be read at all.
     */
    public List<LoadProblem> check(Path issueDir) {
        try {
            return read(issueDir, issueFile(issueDir)).warnings();
        } catch (IssueLoadException e) {
            return e.problems();
        } catch (IOException e) {
            return List.of(LoadProblem.error(issueFile(issueDir), 0, 0, "", describe(e)));
        }
    }

    /**
     * Saves an issue with its revision raised by one, and returns what was saved. The previous file is kept
     * as {@code issue.json.bak}; a recovery file left by the autosaver is removed.
     */
    public Issue save(Path issueDir, Issue issue) throws IOException {
        Issue saved = issue.withRevision(issue.revision() + 1);
        Files.createDirectories(issueDir);
        AtomicFiles.write(issueFile(issueDir), IssueFormat.toBytes(saved), issueDir.resolve(BACKUP_FILE),
                AtomicFiles.Durability.FORCE_TO_DISK);
        Files.deleteIfExists(issueDir.resolve(RECOVERY_FILE));
        return saved;
    }

    /** Creates a new issue folder with its {@code images/} and {@code reviews/} folders and saves the issue in it. */
    public Issue create(Path issueDir, Issue issue) throws IOException {
        if (Files.exists(issueFile(issueDir))) {
            throw new IOException(issueFile(issueDir) + " already exists");
        }
        Files.createDirectories(issueDir.resolve(IMAGES_DIR));
        Files.createDirectories(issueDir.resolve(REVIEWS_DIR));
        return save(issueDir, issue);
    }

    /**
     * A recovery file not older than the issue file, left by an autosave before a crash: the UI offers to
     * recover it. Empty when there is none, or when the issue was saved after it.
     */
    public Optional<Path> recoveryFile(Path issueDir) throws IOException {
        Path recovery = issueDir.resolve(RECOVERY_FILE);
        if (!Files.isRegularFile(recovery)) {
            return Optional.empty();
        }
        Path issue = issueFile(issueDir);
        if (!Files.exists(issue)) {
            return Optional.of(recovery);
        }
        // Not older: file times tick in steps of a few milliseconds, so an autosave right after a save can carry
        // the same time. A normal save removes the recovery file, so one that is not older must be offered:
        // offering a recovery too many loses nothing, hiding one loses the editor's work.
        FileTime recoveryTime = Files.getLastModifiedTime(recovery);
        return recoveryTime.compareTo(Files.getLastModifiedTime(issue)) >= 0 ? Optional.of(recovery) : Optional.empty();
    }

    /** Reads the recovery file (the caller saves it as the issue when the user accepts). */
    public Issue loadRecovery(Path issueDir) throws IOException {
        return read(issueDir, issueDir.resolve(RECOVERY_FILE)).issue();
    }

    /** Removes a recovery file the user chose not to recover. */
    public void discardRecovery(Path issueDir) throws IOException {
        Files.deleteIfExists(issueDir.resolve(RECOVERY_FILE));
    }

    private IssueFormat.Parsed read(Path issueDir, Path file) throws IOException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > IssueJson.MAX_DOCUMENT_LENGTH) {
                throw new IssueLoadException(LoadProblem.error(file, 0, 0, "", "the file is larger than "
                        + IssueJson.MAX_DOCUMENT_LENGTH / (1024 * 1024) + " MB (the limit on one file)"));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            String hint = Files.exists(issueDir.resolve(BACKUP_FILE)) ? "; the previous version is in " + BACKUP_FILE : "";
            throw new IssueLoadException(LoadProblem.error(file, 0, 0, "",
                    Files.isDirectory(issueDir) ? "no " + file.getFileName() + " in this folder" + hint
                            : "no such issue folder"));
        }
        return IssueFormat.read(bytes, file, issueDir);
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
