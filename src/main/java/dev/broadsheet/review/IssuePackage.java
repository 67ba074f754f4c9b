package dev.broadsheet.review;

import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Review;
import dev.broadsheet.model.User;
import dev.broadsheet.store.AtomicFiles;
import dev.broadsheet.store.IssueStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * An issue package: one zip for sending an issue to a proofreader and bringing their review back. It holds
 * {@code issue.json}, {@code images/} and {@code reviews/} of the issue folder and nothing else — no file from
 * outside the folder, no symbolic link, no backup or lock.
 *
 * <p>Opening a package trusts nothing in it. Before a single byte is written, every entry is checked: its
 * name must stay inside the folder (no {@code ../}, no absolute path or drive letter, no backslash), it must
 * not be a symbolic link, it must belong to the package layout, and the package must stay under the
 * {@link Limits} — the sizes the entries declare and the bytes they actually inflate to, counted while
 * streaming, so a zip bomb that lies about its sizes is stopped at the limit. A refused package gets a
 * {@link PackageRefusedException} naming it and the entry at fault, and nothing is written.
 */
public final class IssuePackage {

    /** How much a package may unpack to. */
    public record Limits(long maxTotalBytes, int maxEntries) {
        /** 1 GiB and 10,000 entries: a broadsheet issue with full-resolution photos is a few hundred MB. */
        public static final Limits DEFAULT = new Limits(1L << 30, 10_000);

        public Limits {
            if (maxTotalBytes <= 0 || maxEntries <= 0) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }
    }

    private static final String ISSUE = IssueStore.ISSUE_FILE;
    private static final String IMAGES = IssueStore.IMAGES_DIR + "/";
    private static final String REVIEWS = IssueStore.REVIEWS_DIR + "/";
    /** Unix file type bits of a zip entry's external attributes (high 16 bits), and the symlink type. */
    private static final int S_IFMT = 0170000;
    private static final int S_IFLNK = 0120000;

    private IssuePackage() {
    }

    // ---------------------------------------------------------------- writing

    /**
     * Packs an issue folder into {@code zipFile} (written atomically). Keeps a snapshot of the packed
     * revision in {@code reviews/base-<revision>.json} first, so the review that comes back can be compared
     * with what the proofreader saw ({@link BaseSnapshots}).
     *
     * @return the revision packed
     */
    public static long write(Path issueDir, Path zipFile) throws IOException {
        Issue issue = new IssueStore().load(issueDir);
        BaseSnapshots.save(issueDir, issue);
        List<String> names = new ArrayList<>();
        names.add(ISSUE);
        collect(issueDir, issueDir.resolve(IssueStore.IMAGES_DIR), names);
        collect(issueDir, issueDir.resolve(IssueStore.REVIEWS_DIR), names);
        Path tmp = zipFile.resolveSibling(zipFile.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (String name : names) {
                Path file = issueDir.resolve(name);
                ZipEntry entry = new ZipEntry(name);
                entry.setLastModifiedTime(Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS));
                zip.putNextEntry(entry);
                Files.copy(file, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, zipFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return issue.revision();
    }

    /** Regular files under {@code dir} (not following links; no backups, temporaries or hidden files). */
    private static void collect(Path issueDir, Path dir, List<String> names) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(children::add);
        }
        children.sort(null);
        for (Path p : children) {
            String leaf = p.getFileName().toString();
            if (leaf.startsWith(".") || leaf.endsWith(".tmp") || leaf.endsWith(".bak")) {
                continue;
            }
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                collect(issueDir, p, names);
            } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                names.add(issueDir.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/"));
            }
        }
    }

    // ---------------------------------------------------------------- checking

    /** An entry that passed the checks: its safe relative name and the bytes it inflated to. */
    public record CheckedEntry(String name, long size) {
    }

    /**
     * Checks a package without writing anything: names, links, layout, declared and actual sizes.
     *
     * @return the entries (files only), in package order
     * @throws PackageRefusedException naming the package and what is wrong
     */
    public static List<CheckedEntry> check(Path zipFile, Limits limits) throws IOException {
        List<RawEntry> raw = centralDirectory(zipFile, limits);
        List<CheckedEntry> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long declaredTotal = 0;
        boolean hasIssue = false;
        for (RawEntry r : raw) {
            String name = r.name();
            if ((r.unixMode() & S_IFMT) == S_IFLNK) {
                throw refused(zipFile, "entry '" + name + "' is a symbolic link; a package holds only plain files");
            }
            requireSafeName(zipFile, name);
            if (!seen.add(name)) {
                throw refused(zipFile, "entry '" + name + "' appears twice");
            }
            if (name.endsWith("/")) {
                continue;
            }
            if (!name.equals(ISSUE) && !name.startsWith(IMAGES) && !name.startsWith(REVIEWS)) {
                throw refused(zipFile, "entry '" + name + "' is not part of an issue package (issue.json, images/, reviews/)");
            }
            hasIssue |= name.equals(ISSUE);
            if (r.declaredSize() > limits.maxTotalBytes() || (declaredTotal += r.declaredSize()) > limits.maxTotalBytes()) {
                throw refused(zipFile, "it declares more than " + human(limits.maxTotalBytes()) + " of content (at entry '"
                        + name + "', " + human(r.declaredSize()) + "); the limit is " + human(limits.maxTotalBytes()));
            }
        }
        if (!hasIssue) {
            throw refused(zipFile, "there is no issue.json in it");
        }
        // The actual sizes: inflate everything, counting, and stop at the first byte past a limit.
        long actualTotal = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(zipFile.toFile(), StandardCharsets.UTF_8)) {
            int count = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (++count > limits.maxEntries()) {
                    throw refused(zipFile, "it has more than " + limits.maxEntries() + " entries");
                }
                if (!seen.contains(entry.getName())) {
                    throw refused(zipFile, "entry '" + entry.getName() + "' is not in the package's directory");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                long declared = entry.getSize();
                long size = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        size += n;
                        actualTotal += n;
                        if (declared >= 0 && size > declared) {
                            throw refused(zipFile, "entry '" + entry.getName() + "' holds more than the " + human(declared)
                                    + " it declares (a zip bomb or a damaged package)");
                        }
                        if (actualTotal > limits.maxTotalBytes()) {
                            throw refused(zipFile, "it unpacks to more than " + human(limits.maxTotalBytes())
                                    + " (stopped at entry '" + entry.getName() + "')");
                        }
                    }
                } catch (java.util.zip.ZipException ze) {
                    throw refused(zipFile, "entry '" + entry.getName() + "' is damaged: " + ze.getMessage());
                }
                checked.add(new CheckedEntry(entry.getName(), size));
            }
        } catch (java.util.zip.ZipException ze) {
            throw refused(zipFile, "it is not a readable zip file: " + ze.getMessage());
        }
        return checked;
    }

    static void requireSafeName(Path zipFile, String name) throws PackageRefusedException {
        if (name.isEmpty() || name.indexOf('\0') >= 0) {
            throw refused(zipFile, "an entry has an empty or invalid name");
        }
        if (name.startsWith("/") || name.contains("\\") || (name.length() > 1 && name.charAt(1) == ':')) {
            throw refused(zipFile, "entry '" + name + "' has an absolute path or a backslash; it would escape the issue folder");
        }
        String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                throw refused(zipFile, "entry '" + name + "' would escape the issue folder ('..')");
            }
            if (segment.isEmpty() || segment.equals(".")) {
                throw refused(zipFile, "entry '" + name + "' has an empty or '.' path segment");
            }
        }
    }

    private static PackageRefusedException refused(Path zipFile, String why) {
        return new PackageRefusedException("package " + zipFile.getFileName() + " refused: " + why + "; nothing was written");
    }

    private static String human(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(java.util.Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        return bytes + " bytes";
    }

    // ---------------------------------------------------------------- opening

    /**
     * Unpacks a package into a new issue folder {@code targetDir} (which must not exist yet), after
     * {@link #check}. The files go to a temporary folder beside it first and are renamed into place, so
     * the folder appears whole or not at all.
     */
    public static void open(Path zipFile, Path targetDir, Limits limits) throws IOException {
        if (Files.exists(targetDir, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(targetDir.toString(), null, "the issue folder to open the package into exists already");
        }
        List<CheckedEntry> entries = check(zipFile, limits);
        Path parent = targetDir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + targetDir.getFileName() + ".unpacking");
        try (ZipFile zip = new ZipFile(zipFile.toFile(), StandardCharsets.UTF_8)) {
            for (CheckedEntry entry : entries) {
                Path out = staging.resolve(entry.name()).normalize();
                if (!out.startsWith(staging)) {
                    throw refused(zipFile, "entry '" + entry.name() + "' would escape the issue folder");
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = zip.getInputStream(zip.getEntry(entry.name()))) {
                    copyAtMost(in, out, entry.size());
                }
            }
            Files.createDirectories(staging.resolve(IssueStore.IMAGES_DIR));
            Files.createDirectories(staging.resolve(IssueStore.REVIEWS_DIR));
            Files.move(staging, targetDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
    }

    /** Copies at most {@code size} bytes (what the check counted): the file cannot have grown since. */
    private static void copyAtMost(InputStream in, Path out, long size) throws IOException {
        try (OutputStream o = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[64 * 1024];
            long left = size;
            for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
                o.write(buffer, 0, n);
                left -= n;
            }
            if (in.read() >= 0) {
                throw new IOException(out.getFileName() + " changed while unpacking");
            }
        }
    }

    /**
     * Brings the reviews of a returned package into an issue folder: each {@code reviews/<id>.json} in it that
     * reads as a review of that reviewer replaces the folder's copy; the importer's own review and the issue
     * itself are left alone (the layout editor kept working meanwhile), and base snapshots the folder lacks
     * are added.
     *
     * @return the ids of the reviewers whose reviews came in
     */
    public static List<String> importReviews(Path zipFile, Path issueDir, User importer, Limits limits) throws IOException {
        List<CheckedEntry> entries = check(zipFile, limits);
        // Read and validate every review first, so a bad one stops the import before anything is written.
        record Incoming(Path target, String text, String reviewerId) {
        }
        List<Incoming> incoming = new ArrayList<>();
        try (ZipFile zip = new ZipFile(zipFile.toFile(), StandardCharsets.UTF_8)) {
            for (CheckedEntry entry : entries) {
                String name = entry.name();
                if (!name.startsWith(REVIEWS) || name.indexOf('/', REVIEWS.length()) >= 0
                        || !name.endsWith(ReviewFiles.SUFFIX) || name.substring(REVIEWS.length()).startsWith(".")) {
                    continue;
                }
                String leaf = name.substring(REVIEWS.length());
                String text = readText(zip, entry);
                Path target = ReviewFiles.folder(issueDir).resolve(leaf);
                if (leaf.startsWith(ReviewFiles.BASE_PREFIX)) {
                    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                        incoming.add(new Incoming(target, text, null));
                    }
                    continue;
                }
                Review review = ReviewFiles.parse(text, zipFile.getFileName() + "!/" + name);
                if (!leaf.equals(review.reviewerId() + ReviewFiles.SUFFIX)) {
                    throw refused(zipFile, "entry '" + name + "' holds the review of " + review.reviewer().name()
                            + ", which belongs in " + review.reviewerId() + ReviewFiles.SUFFIX);
                }
                if (!review.reviewerId().equals(Review.idOf(importer))) {
                    incoming.add(new Incoming(target, text, review.reviewerId()));
                }
            }
        }
        List<String> imported = new ArrayList<>();
        Files.createDirectories(ReviewFiles.folder(issueDir));
        for (Incoming in : incoming) {
            if (in.reviewerId() == null) {
                AtomicFiles.write(in.target(), in.text().getBytes(StandardCharsets.UTF_8), null, AtomicFiles.Durability.FORCE_TO_DISK);
            } else {
                ReviewFiles.writeAtomically(in.target(), in.text());
                imported.add(in.reviewerId());
            }
        }
        return imported;
    }

    private static String readText(ZipFile zip, CheckedEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(entry.name()))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(entry.size(), 1 << 20));
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    // ---------------------------------------------------------------- the zip's central directory

    private record RawEntry(String name, long declaredSize, int unixMode) {
    }

    /**
     * Reads the central directory ourselves, because {@link ZipEntry} does not expose the external
     * attributes that mark a symbolic link (APPNOTE.TXT 4.3.12, 4.3.16; Info-ZIP keeps the Unix mode in
     * their high 16 bits). Refuses too many entries before reading them.
     */
    private static List<RawEntry> centralDirectory(Path zipFile, Limits limits) throws IOException {
        try (FileChannel ch = FileChannel.open(zipFile, StandardOpenOption.READ)) {
            long size = ch.size();
            int tail = (int) Math.min(size, 22 + 65_535);
            ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(end, size - tail);
            int eocd = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (end.getInt(i) == 0x06054b50) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                throw refused(zipFile, "it is not a zip file (no end of central directory)");
            }
            int total = Short.toUnsignedInt(end.getShort(eocd + 10));
            long cdSize = Integer.toUnsignedLong(end.getInt(eocd + 12));
            long cdOffset = Integer.toUnsignedLong(end.getInt(eocd + 16));
            if (total == 0xFFFF || cdOffset == 0xFFFFFFFFL) {
                throw refused(zipFile, "it is a ZIP64 archive, larger than an issue package can be");
            }
            if (total > limits.maxEntries()) {
                throw refused(zipFile, "it has " + total + " entries; the limit is " + limits.maxEntries());
            }
            if (cdOffset + cdSize > size) {
                throw refused(zipFile, "its central directory is damaged");
            }
            ByteBuffer cd = ByteBuffer.allocate((int) cdSize).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(cd, cdOffset);
            List<RawEntry> entries = new ArrayList<>(total);
            int pos = 0;
            for (int k = 0; k < total; k++) {
                if (pos + 46 > cdSize || cd.getInt(pos) != 0x02014b50) {
                    throw refused(zipFile, "its central directory is damaged");
                }
                int madeBy = Short.toUnsignedInt(cd.getShort(pos + 4)) >>> 8;
                long declared = Integer.toUnsignedLong(cd.getInt(pos + 24));
                int nameLength = Short.toUnsignedInt(cd.getShort(pos + 28));
                int extraLength = Short.toUnsignedInt(cd.getShort(pos + 30));
                int commentLength = Short.toUnsignedInt(cd.getShort(pos + 32));
                long external = Integer.toUnsignedLong(cd.getInt(pos + 38));
                if (pos + 46 + nameLength > cdSize) {
                    throw refused(zipFile, "its central directory is damaged");
                }
                byte[] nameBytes = new byte[nameLength];
                cd.get(pos + 46, nameBytes);
                String name = new String(nameBytes, StandardCharsets.UTF_8);
                int unixMode = madeBy == 3 ? (int) (external >>> 16) : 0;
                entries.add(new RawEntry(name, declared, unixMode));
                pos += 46 + nameLength + extraLength + commentLength;
            }
            return entries;
        }
    }
}
