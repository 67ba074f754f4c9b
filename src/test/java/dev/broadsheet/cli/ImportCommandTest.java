package dev.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.Issue;
import dev.broadsheet.store.IssueStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportCommandTest {

    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        CommandLine cli = new CommandLine(new BroadsheetCommand());
        cli.setOut(new PrintWriter(o));
        cli.setErr(new PrintWriter(e));
        int code = cli.execute(args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private Path referencePage() throws IOException {
        Path page = dir.resolve("page.txt");
        try (InputStream in = getClass().getResourceAsStream("/reference/000_0b7f95b1a5b38884.txt")) {
            Files.write(page, in.readAllBytes());
        }
        return page;
    }

    private List<String> folderNames() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void importsTheReferencePageIntoAnIssueFolderTheStoreOpens() throws Exception {
        Path issueDir = dir.resolve("issue");
        assertThat(run("import", referencePage().toString(), "-o", issueDir.toString())).as(err).isZero();
        assertThat(out).contains("7 stories", "2 photos", "Needs a look", "Wrote issue folder");
        Issue issue = new IssueStore().load(issueDir);
        assertThat(issue.stories()).hasSize(7);
        assertThat(issue.photos()).extracting(p -> p.imagePath()).containsOnlyNulls();
        assertThat(issue.pages()).hasSize(1);
        assertThat(folderNames()).containsExactly("issue", "page.txt");
    }

    @Test
    void withoutAnOutputFolderOnlyPrintsTheReport() throws Exception {
        assertThat(run("import", referencePage().toString())).isZero();
        assertThat(out).contains("S1", "确保经济健康发展 激发创新创造活力", "No issue written");
        assertThat(folderNames()).containsExactly("page.txt");
    }

    @Test
    void refusesToOverwriteAnIssueWithoutForceAndReplacesItWithForce() throws Exception {
        Path issueDir = dir.resolve("issue");
        Path page = referencePage();
        assertThat(run("import", page.toString(), "-o", issueDir.toString())).isZero();
        byte[] before = Files.readAllBytes(IssueStore.issueFile(issueDir));

        assertThat(run("import", page.toString(), "-o", issueDir.toString())).isEqualTo(1);
        assertThat(err).contains("already holds an issue", "--force");
        assertThat(Files.readAllBytes(IssueStore.issueFile(issueDir))).isEqualTo(before);

        assertThat(run("import", page.toString(), "-o", issueDir.toString(), "--force")).isZero();
        assertThat(new IssueStore().load(issueDir).stories()).hasSize(7);
        assertThat(folderNames()).containsExactly("issue", "page.txt");
    }

    @Test
    void refusesAFolderThatHoldsSomethingElse() throws Exception {
        Path other = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(other.resolve("keep.jpg"), "x");
        assertThat(run("import", referencePage().toString(), "-o", other.toString(), "--force")).isEqualTo(1);
        assertThat(err).contains("not an issue");
        assertThat(other.resolve("keep.jpg")).exists();
    }

    @Test
    void badInputGivesAClearMessageAndWritesNothing() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0});
        Path badUtf8 = Files.write(dir.resolve("bad.txt"), concat("第一行\n第二".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, 0x28}, "行".getBytes(StandardCharsets.UTF_8)));
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(65L * 1024 * 1024);
        }
        Path issueDir = dir.resolve("issue");

        assertThat(run("import", empty.toString(), "-o", issueDir.toString())).isEqualTo(1);
        assertThat(err).contains("empty.txt is empty");
        assertThat(run("import", binary.toString(), "-o", issueDir.toString())).isEqualTo(1);
        assertThat(err).contains("photo.png looks like a binary file");
        assertThat(run("import", badUtf8.toString(), "--encoding", "UTF-8", "-o", issueDir.toString())).isEqualTo(1);
        assertThat(err).contains("bad.txt:2:3", "C3", "offset 16", "not valid UTF-8");
        assertThat(run("import", huge.toString(), "-o", issueDir.toString())).isEqualTo(1);
        assertThat(err).contains("huge.txt is 65.0 MB", "up to 64 MB");
        assertThat(run("import", dir.resolve("missing.txt").toString(), "-o", issueDir.toString())).isEqualTo(1);
        assertThat(err).contains("no such file");
        assertThat(run("import", empty.toString(), "--encoding", "KLINGON-8")).isEqualTo(1);
        assertThat(err).contains("unknown encoding 'KLINGON-8'");

        assertThat(issueDir).doesNotExist();
        assertThat(folderNames()).noneMatch(n -> n.startsWith("."));
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesNoPartialIssue() throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file where the parent folder should be");
        assertThat(run("import", referencePage().toString(), "-o", blocker.resolve("issue").toString())).isEqualTo(1);
        assertThat(err).contains("could not write");
        assertThat(folderNames()).containsExactlyInAnyOrder("blocker", "page.txt");
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
