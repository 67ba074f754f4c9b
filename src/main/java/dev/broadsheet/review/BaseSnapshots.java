package dev.broadsheet.review;

import dev.broadsheet.model.Issue;
import dev.broadsheet.store.AtomicFiles;
import dev.broadsheet.store.IssueFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Copies of the revisions that were proofread, so "what changed since proof" can compare the issue a
 * review was made against with the issue now: {@code reviews/base-<revision>.json}, in the issue file
 * format ({@link IssueFormat}).
 *
 * <p>Why a copy of our own and not {@code issue.json.bak}: the backup holds only the save before the last
 * one, and the layout editor saves many times while a proofreader is out with the package, so by the time
 * the review comes back the reviewed revision is long gone from it. A snapshot is written when a package
 * is made for a proofreader ({@link IssuePackage#write}), when a page is signed off (the caller of
 * {@link Workflow#signOff} saves it), and when a review is started on the workstation. Snapshots are
 * never rewritten: revision N is always the same issue.
 */
public final class BaseSnapshots {

    private BaseSnapshots() {
    }

    public static Path fileOf(Path issueDir, long revision) {
        return ReviewFiles.folder(issueDir).resolve(ReviewFiles.BASE_PREFIX + revision + ReviewFiles.SUFFIX);
    }

    /** Keeps a copy of {@code issue} as the snapshot of its revision, unless there is one already. */
    public static Path save(Path issueDir, Issue issue) throws IOException {
        Path file = fileOf(issueDir, issue.revision());
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, IssueFormat.toBytes(issue), null, AtomicFiles.Durability.FORCE_TO_DISK);
        }
        return file;
    }

    /** The snapshot of a revision, if one was kept. */
    public static Optional<Issue> load(Path issueDir, long revision) throws IOException {
        Path file = fileOf(issueDir, revision);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return Optional.of(IssueFormat.read(Files.readAllBytes(file), file, null).issue());
    }
}
