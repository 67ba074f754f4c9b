package dev.broadsheet.review;

import static dev.broadsheet.review.ReviewFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Mark;
import dev.broadsheet.model.MarkKind;
import dev.broadsheet.model.Review;
import dev.broadsheet.store.IssueStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuePackageTest {

    @TempDir
    Path root;
    Path issueDir;
    Issue saved;

    @BeforeEach
    void anIssueFolder() throws IOException {
        issueDir = root.resolve("issue");
        saved = new IssueStore().create(issueDir, issue());
        Files.write(issueDir.resolve("images/p1.jpg"), new byte[] {1, 2, 3});
        Files.writeString(root.resolve("secret.txt"), "outside the issue");
    }

    /** Every file under {@code dir}, relative. */
    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    private Path zip(String name, Consumer<ZipOutputStream> entries) throws IOException {
        Path zip = root.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            entries.accept(z);
        }
        return zip;
    }

    private static void entry(ZipOutputStream z, String name, byte[] content) {
        try {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Rewrites a field of every central directory header of a zip (what a crafted package does). */
    private static void patchCentralDirectory(Path zip, int offset, int bytes, long value) throws IOException {
        byte[] data = Files.readAllBytes(zip);
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 4 <= data.length; i++) {
            if (b.getInt(i) == 0x02014b50) {
                if (bytes == 2) {
                    b.putShort(i + offset, (short) value);
                } else {
                    b.putInt(i + offset, (int) value);
                }
            }
        }
        Files.write(zip, data);
    }

    private void assertRefusedAndNothingWritten(Path zip, IssuePackage.Limits limits, String why) throws IOException {
        List<String> before = files(root);
        Path target = root.resolve("opened");
        assertThatThrownBy(() -> IssuePackage.open(zip, target, limits))
                .isInstanceOf(PackageRefusedException.class)
                .hasMessageContaining(zip.getFileName().toString())
                .hasMessageContaining(why)
                .hasMessageContaining("nothing was written");
        assertThat(target).doesNotExist();
        assertThat(files(root)).isEqualTo(before);
        try (Stream<Path> list = Files.list(root)) {
            assertThat(list.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("unpacking"));
        }
    }

    @Test
    void aPackageHoldsTheIssueImagesAndReviewsAndOpensIntoANewFolder() throws IOException {
        ReviewFiles.write(issueDir, Review.start(PROOFREADER_A, saved.revision(), T0), PROOFREADER_A);
        Path zip = root.resolve("issue.zip");
        long revision = IssuePackage.write(issueDir, zip);
        assertThat(revision).isEqualTo(saved.revision());
        assertThat(IssuePackage.check(zip, IssuePackage.Limits.DEFAULT)).extracting(IssuePackage.CheckedEntry::name)
                .containsExactly("issue.json", "images/p1.jpg", "reviews/base-" + revision + ".json", "reviews/李校对.json");

        Path opened = root.resolve("proof");
        IssuePackage.open(zip, opened, IssuePackage.Limits.DEFAULT);
        assertThat(new IssueStore().load(opened)).isEqualTo(saved);
        assertThat(Files.readAllBytes(opened.resolve("images/p1.jpg"))).containsExactly(1, 2, 3);
        assertThat(BaseSnapshots.load(opened, revision)).contains(saved);
    }

    @Test
    void entriesThatEscapeTheFolderAreRefused() throws IOException {
        byte[] issueJson = Files.readAllBytes(issueDir.resolve("issue.json"));
        Path dotdot = zip("dotdot.zip", z -> {
            entry(z, "issue.json", issueJson);
            entry(z, "images/../../evil.txt", "x".getBytes(StandardCharsets.UTF_8));
        });
        assertRefusedAndNothingWritten(dotdot, IssuePackage.Limits.DEFAULT, "would escape the issue folder ('..')");
        Path absolute = zip("absolute.zip", z -> {
            entry(z, "issue.json", issueJson);
            entry(z, "/tmp/evil.txt", "x".getBytes(StandardCharsets.UTF_8));
        });
        assertRefusedAndNothingWritten(absolute, IssuePackage.Limits.DEFAULT, "absolute path");
        Path stranger = zip("stranger.zip", z -> {
            entry(z, "issue.json", issueJson);
            entry(z, "autorun.sh", "x".getBytes(StandardCharsets.UTF_8));
        });
        assertRefusedAndNothingWritten(stranger, IssuePackage.Limits.DEFAULT, "not part of an issue package");
    }

    @Test
    void aSymbolicLinkEntryIsRefused() throws IOException {
        byte[] issueJson = Files.readAllBytes(issueDir.resolve("issue.json"));
        Path link = zip("link.zip", z -> {
            entry(z, "issue.json", issueJson);
            entry(z, "images/p1.jpg", "../../../etc/passwd".getBytes(StandardCharsets.UTF_8));
        });
        patchCentralDirectory(link, 4, 2, 0x031E);               // made by: Unix
        patchCentralDirectory(link, 38, 4, 0120777L << 16);       // external attributes: a symlink
        assertRefusedAndNothingWritten(link, IssuePackage.Limits.DEFAULT, "symbolic link");
    }

    @Test
    void aZipBombIsStoppedAtTheLimitWhileStreaming() throws IOException {
        byte[] issueJson = Files.readAllBytes(issueDir.resolve("issue.json"));
        byte[] zeros = new byte[3 << 20];
        Path bomb = zip("bomb.zip", z -> {
            entry(z, "issue.json", issueJson);
            entry(z, "images/zeros.bin", zeros);
        });
        assertThat(Files.size(bomb)).isLessThan(64 * 1024);
        // Honest sizes over the limit: refused from what the entries declare.
        assertRefusedAndNothingWritten(bomb, new IssuePackage.Limits(1 << 20, 100), "declares more than 1.0 MB");
        // Lying sizes (the directory claims 100 bytes each): refused from the bytes actually inflated.
        patchCentralDirectory(bomb, 24, 4, 100);
        assertRefusedAndNothingWritten(bomb, new IssuePackage.Limits(1 << 20, 100), "holds more than the 100 bytes it declares");
    }

    @Test
    void theDefaultLimitsRefuseAHugeDeclaredSizeAndTooManyEntries() throws IOException {
        byte[] issueJson = Files.readAllBytes(issueDir.resolve("issue.json"));
        Path huge = zip("huge.zip", z -> {
            entry(z, "issue.json", issueJson);
            entry(z, "images/big.tif", new byte[10]);
        });
        patchCentralDirectory(huge, 24, 4, 0xF0000000L);          // claims 3.75 GB
        assertRefusedAndNothingWritten(huge, IssuePackage.Limits.DEFAULT, "declares more than 1.0 GB");
        Path many = zip("many.zip", z -> {
            entry(z, "issue.json", issueJson);
            for (int i = 0; i < 10_000; i++) {
                entry(z, "images/" + i + ".jpg", new byte[0]);
            }
        });
        assertRefusedAndNothingWritten(many, IssuePackage.Limits.DEFAULT, "10001 entries; the limit is 10000");
    }

    @Test
    void aReturnedReviewComesBackWithoutTouchingTheEditorsIssue() throws IOException {
        Path zip = root.resolve("out.zip");
        IssuePackage.write(issueDir, zip);
        // The proofreader, offline: opens the package and marks the proof.
        Path laptop = root.resolve("laptop");
        IssuePackage.open(zip, laptop, IssuePackage.Limits.DEFAULT);
        Issue proof = new IssueStore().load(laptop);
        Review review = Review.start(PROOFREADER_A, proof.revision(), T0);
        review = review.withMark(Mark.correction(review.nextMarkId(), MarkKind.REPLACE, anchorOn(proof, 1, "膜生物"),
                PROOFREADER_A.name(), T0, "膜生物学", ""));
        ReviewFiles.write(laptop, review, PROOFREADER_A);
        Path back = root.resolve("back.zip");
        IssuePackage.write(laptop, back);
        // Meanwhile the editor saved twice.
        Issue edited = new IssueStore().save(issueDir, withParagraph(saved, 2, "下一步，高新区将加快管网建设。"));
        byte[] issueBefore = Files.readAllBytes(issueDir.resolve("issue.json"));

        List<String> imported = IssuePackage.importReviews(back, issueDir, EDITOR, IssuePackage.Limits.DEFAULT);
        assertThat(imported).containsExactly("李校对");
        assertThat(Files.readAllBytes(issueDir.resolve("issue.json"))).isEqualTo(issueBefore);
        ReviewSet set = ReviewSet.load(issueDir);
        assertThat(set.marks()).containsExactlyElementsOf(review.marks());
        assertThat(set.placeOn(edited)).singleElement().extracting(AnchoredMark::status).isEqualTo(AnchorStatus.IN_PLACE);
        IssueChanges changes = ChangesSince.between(BaseSnapshots.load(issueDir, review.againstRevision()).orElseThrow(), edited);
        assertThat(changes.text()).singleElement().satisfies(c -> assertThat(c.paragraph()).isEqualTo(2));
    }

    @Test
    void aPackageTakesNothingFromOutsideTheIssueFolder() throws IOException {
        Files.createSymbolicLink(issueDir.resolve("images/linked.jpg"), root.resolve("secret.txt"));
        Files.createSymbolicLink(issueDir.resolve("images/elsewhere"), root);
        Files.writeString(issueDir.resolve("issue.json.lock"), "someone");
        Path zip = root.resolve("issue.zip");
        IssuePackage.write(issueDir, zip);
        assertThat(IssuePackage.check(zip, IssuePackage.Limits.DEFAULT)).extracting(IssuePackage.CheckedEntry::name)
                .containsExactly("issue.json", "images/p1.jpg", "reviews/base-" + saved.revision() + ".json");
    }
}
