package dev.broadsheet.review;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.broadsheet.model.Review;
import dev.broadsheet.model.User;
import dev.broadsheet.store.AtomicFiles;
import dev.broadsheet.store.IssueJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The review files of an issue folder: {@code reviews/<reviewer-id>.json}, one per reviewer, written only by
 * that reviewer (so two proofreaders offline never write the same file), atomically (a temporary file moved
 * over the old one; the previous version kept as {@code .json.bak}). Read and written with the project's one
 * strict mapper, {@link IssueJson}.
 */
public final class ReviewFiles {

    /** The folder of an issue that holds its reviews. */
    public static final String FOLDER = "reviews";
    /** Snapshots of reviewed revisions share the folder; they are not reviews ({@link BaseSnapshots}). */
    static final String BASE_PREFIX = "base-";
    static final String SUFFIX = ".json";

    private ReviewFiles() {
    }

    public static Path folder(Path issueDir) {
        return issueDir.resolve(FOLDER);
    }

    public static Path fileOf(Path issueDir, User reviewer) {
        return folder(issueDir).resolve(Review.idOf(reviewer) + SUFFIX);
    }

    /** Whether a file name is a review's ({@code <id>.json}, not a snapshot, not a temporary file). */
    static boolean isReviewFileName(String name) {
        return name.endsWith(SUFFIX) && !name.startsWith(BASE_PREFIX) && !name.startsWith(".");
    }

    /** The review files in the issue's folder, sorted by name; none when there is no folder. */
    public static List<Path> list(Path issueDir) throws IOException {
        Path dir = folder(issueDir);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                if (isReviewFileName(p.getFileName().toString()) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(p);
                }
            }
        }
        files.sort(null);
        return files;
    }

    /** Reads one review file; a bad file gets a message with its name and the line:column of the fault. */
    public static Review read(Path file) throws ReviewFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReviewFileException(file + ": cannot read: " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /** Parses review JSON; {@code source} names it in error messages. */
    public static Review parse(String json, String source) throws ReviewFileException {
        try {
            return IssueJson.reader(Review.class).readValue(json);
        } catch (JsonProcessingException e) {
            throw new ReviewFileException(source + where(e) + ": " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ReviewFileException(source + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ReviewFileException(source + ": " + e.getMessage(), e);
        }
    }

    private static String where(JsonProcessingException e) {
        StringBuilder b = new StringBuilder();
        JsonLocation at = e.getLocation();
        if (at != null && at.getLineNr() > 0) {
            b.append(':').append(at.getLineNr()).append(':').append(at.getColumnNr());
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            b.append(" at $").append(m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining()));
        }
        return b.toString();
    }

    /**
     * Writes {@code review} as its reviewer's file. Only the reviewer writes their review: a review written
     * on someone else's behalf would be a second writer of the same file, which the design rules out.
     *
     * @param writer the person at the workstation
     * @return the file written
     */
    public static Path write(Path issueDir, Review review, User writer) throws IOException {
        if (!Review.idOf(writer).equals(review.reviewerId())) {
            throw new ReviewFileException("review of " + review.reviewer().name() + " cannot be written by "
                    + writer.name() + ": each review file is written only by its reviewer");
        }
        Path dir = folder(issueDir);
        Files.createDirectories(dir);
        Path target = dir.resolve(review.reviewerId() + SUFFIX);
        writeAtomically(target, IssueJson.toJson(review));
        return target;
    }

    /** Writes through the store's atomic write; keeps the previous version as {@code .json.bak}. */
    static void writeAtomically(Path target, String text) throws IOException {
        AtomicFiles.write(target, text.getBytes(StandardCharsets.UTF_8),
                target.resolveSibling(target.getFileName() + ".bak"), AtomicFiles.Durability.FORCE_TO_DISK);
    }
}
