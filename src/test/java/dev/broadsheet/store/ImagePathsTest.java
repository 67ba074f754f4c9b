package dev.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImagePathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"../outside.jpg", "images/../../outside.jpg", "/etc/passwd", "C:/photos/a.jpg",
            "c:photo.jpg", "images\\a.jpg", "https://example.com/a.jpg", "file:///etc/passwd", "images//a.jpg",
            "./images/a.jpg", "", "images/a.jpg\u0000"})
    void refusesPathsThatLeaveTheFolderOrAreNotPlainRelativePaths(String path, @TempDir Path dir) throws Exception {
        assertThat(ImagePaths.problem(path)).as(path).isPresent();

        Path issueDir = CorruptFilesTest.copyFixture("image-path-escapes", dir);
        Path file = IssueStore.issueFile(issueDir);
        Files.writeString(file, Files.readString(file).replace("../../secret/workshop.jpg",
                path.replace("\\", "\\\\").replace("\u0000", "\\u0000")));
        Map<String, byte[]> before = CorruptFilesTest.snapshot(issueDir);

        IssueLoadException e = catchThrowableOfType(IssueLoadException.class, () -> new IssueStore().load(issueDir));

        assertThat(e).as(path).isNotNull();
        assertThat(e.firstError().jsonPath()).isEqualTo("$.photos[0].imagePath");
        assertThat(e.firstError().line()).isEqualTo(298);
        CorruptFilesTest.assertUnchanged(issueDir, before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"images/a.jpg", "a.jpg", "images/2026/头版.png", "images/a..b.jpg"})
    void acceptsRelativePathsInsideTheFolder(String path) {
        assertThat(ImagePaths.problem(path)).as(path).isEmpty();
    }

    @Test
    void resolvesInsideTheFolder(@TempDir Path dir) {
        assertThat(ImagePaths.resolve(dir, "images/a.jpg")).isEqualTo(dir.resolve("images").resolve("a.jpg"));
    }
}
