package dev.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corrupt-file set of issue 2: each bad file gives a clear message with its location, and the load
 * leaves every file of the folder byte for byte as it was.
 */
class CorruptFilesTest {
    private final IssueStore store = new IssueStore();

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("truncated", "$.stories[0].sections[0].paragraphs[1].runs[0].text", "the file ends too early", 180),
                Arguments.of("wrong-type", "$.pages[0].frames[2].columnSpan", "expected a whole number, got \"two\"", 85),
                Arguments.of("unknown-field", "$.pages[0].frames[1].colour", "unknown property 'colour'", 68),
                Arguments.of("duplicate-key", "$.stories[1].deck.headline", "duplicate key 'headline'", 207),
                Arguments.of("trailing-garbage", "$", "unexpected text after the end of the issue", 306),
                Arguments.of("future-schema", "$.schemaVersion", "schema version 99 comes from a newer Broadsheet", 2),
                Arguments.of("deep-nesting", "$.sections[0][0][0][0][0][0][0]…", "nesting deeper than 64", 7),
                Arguments.of("image-path-escapes", "$.photos[0].imagePath", "leaves the issue folder", 298),
                Arguments.of("invalid-utf8", "", "invalid UTF-8 (byte 0xB1", 157),
                Arguments.of("invalid-value", "$.pages[0].frames[1].columnSpan", "columnSpan must be at least 1, got 0", 69),
                Arguments.of("missing-required", "$.pages[0].frames[0].id", "missing required property 'id'", 50),
                Arguments.of("unknown-enum", "$.pages[0].frames[1].content.fill", "expected one of \"SEQUENTIAL\", \"BALANCED\", got \"EVEN\"", 79),
                Arguments.of("unknown-frame-type", "$.pages[0].frames[2].content.type", "unknown type \"box\"", 91),
                Arguments.of("bad-length", "$.pages[0].frames[3].depth", "unknown unit 'furlongs' (use pt, mm, cm, in or q), got \"90 furlongs\"", 101),
                Arguments.of("not-an-issue", "$", "expected an issue object", 1),
                Arguments.of("empty", "", "the file is empty", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void givesAClearMessageWithALocationAndChangesNothing(String fixture, String path, String message, int line,
                                                          @TempDir Path dir) throws IOException {
        Path issueDir = copyFixture(fixture, dir);
        Map<String, byte[]> before = snapshot(issueDir);

        IssueLoadException e = catchThrowableOfType(IssueLoadException.class, () -> store.load(issueDir));

        assertThat(e).as("loading %s must fail", fixture).isNotNull();
        LoadProblem problem = e.firstError();
        assertThat(problem.message()).contains(message);
        assertThat(problem.jsonPath()).isEqualTo(path);
        assertThat(problem.file()).isEqualTo(issueDir.resolve("issue.json"));
        assertThat(problem.hasLocation()).as("%s has a line:column", problem).isTrue();
        if (line > 0) {
            assertThat(problem.line()).as("line of %s", problem).isEqualTo(line);
        }
        assertThat(e.getMessage()).startsWith(issueDir.resolve("issue.json") + ":" + problem.line() + ":" + problem.column() + ": ");
        assertUnchanged(issueDir, before);
    }

    @Test
    void aFiftyMegabyteStringNamesTheLimitAndWhereReadingStopped(@TempDir Path dir) throws IOException {
        String sample = Files.readString(SampleIssueTest.samplePath());
        String marker = "\"caption\": \"";
        int at = sample.indexOf(marker) + marker.length();
        Path file = dir.resolve("issue.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(sample.substring(0, at).getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "很长的图片说明".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
            out.write(sample.substring(at).getBytes(StandardCharsets.UTF_8));
        }
        Map<String, byte[]> before = snapshot(dir);

        IssueLoadException e = catchThrowableOfType(IssueLoadException.class, () -> store.load(dir));

        assertThat(e).isNotNull();
        assertThat(e.firstError().message()).contains("a string longer than 10,000,000 characters");
        assertThat(e.firstError().jsonPath()).isEqualTo("$.photos[0].caption");
        assertThat(e.firstError().line()).isEqualTo(302);
        assertUnchanged(dir, before);
    }

    @Test
    void aWholeFileInGbkIsRecognisedAndTheUserToldHowToConvertIt(@TempDir Path dir) throws IOException {
        String sample = Files.readString(SampleIssueTest.samplePath());
        Files.write(dir.resolve("issue.json"), sample.getBytes(java.nio.charset.Charset.forName("GB18030")));
        Map<String, byte[]> before = snapshot(dir);

        IssueLoadException e = catchThrowableOfType(IssueLoadException.class, () -> store.load(dir));

        // 鹰 is D3 A5 in GBK, which happens to be valid UTF-8 (U+04E5): the first bad byte is in the next character
        assertThat(e.firstError().toString()).contains("issue.json:3:17: invalid UTF-8", "it looks like GB18030",
                "iconv -f GB18030 -t UTF-8");
        assertUnchanged(dir, before);
    }

    @Test
    void aFileLargerThanTheDocumentLimitIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
        try (var channel = java.nio.channels.FileChannel.open(dir.resolve("issue.json"),
                java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {' '}), IssueJson.MAX_DOCUMENT_LENGTH + 1); // sparse
        }
        IssueLoadException e = catchThrowableOfType(IssueLoadException.class, () -> store.load(dir));
        assertThat(e.firstError().message()).contains("larger than 64 MB");
    }

    static Path copyFixture(String fixture, Path dir) throws IOException {
        return copyResource("/store/corrupt/" + fixture + "/issue.json", dir.resolve(fixture));
    }

    /** Copies an issue.json from the test resources into a new issue folder. */
    static Path copyResource(String resource, Path issueDir) throws IOException {
        Files.createDirectories(issueDir);
        try (InputStream in = CorruptFilesTest.class.getResourceAsStream(resource)) {
            String fixture = resource;
            assertThat(in).as("fixture %s", fixture).isNotNull();
            Files.copy(in, issueDir.resolve("issue.json"));
        }
        return issueDir;
    }

    static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    static void assertUnchanged(Path dir, Map<String, byte[]> before) throws IOException {
        Map<String, byte[]> after = snapshot(dir);
        assertThat(after.keySet()).as("files in the folder").isEqualTo(before.keySet());
        for (var entry : before.entrySet()) {
            assertThat(after.get(entry.getKey())).as("bytes of %s", entry.getKey()).isEqualTo(entry.getValue());
        }
    }
}
