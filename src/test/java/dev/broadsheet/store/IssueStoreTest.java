package dev.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.Issue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssueStoreTest {
    private final IssueStore store = new IssueStore();

    @Test
    void loadSaveLoadGivesAnEqualModelAndByteIdenticalFiles(@TempDir Path dir) throws Exception {
        Issue original = TestIssues.small();
        Issue saved = store.save(dir, original);
        byte[] first = Files.readAllBytes(IssueStore.issueFile(dir));

        Issue loaded = store.load(dir);
        assertThat(loaded).isEqualTo(saved);

        Path again = dir.resolve("again");
        Issue resaved = store.save(again, loaded.withRevision(original.revision()));
        assertThat(resaved).isEqualTo(saved);
        assertThat(Files.readAllBytes(IssueStore.issueFile(again))).isEqualTo(first);
        assertThat(store.load(again)).isEqualTo(loaded);
    }

    @Test
    void writesSchemaVersionFirstAndEndsWithOneNewline(@TempDir Path dir) throws Exception {
        store.save(dir, TestIssues.small());
        String text = Files.readString(IssueStore.issueFile(dir));
        assertThat(text).startsWith("{\n  \"schemaVersion\": " + IssueFormat.CURRENT_SCHEMA_VERSION + ",\n  \"masthead\": ");
        assertThat(text).endsWith("}\n").doesNotEndWith("\n\n").doesNotContain("\r");
    }

    @Test
    void everySaveRaisesTheRevisionAndKeepsThePreviousFileAsBackup(@TempDir Path dir) throws Exception {
        Issue first = store.save(dir, TestIssues.small());
        byte[] firstBytes = Files.readAllBytes(IssueStore.issueFile(dir));
        Issue second = store.save(dir, first.withMasthead("新报", first.date(), first.issueNumber()));

        assertThat(first.revision()).isEqualTo(1);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(store.load(dir).revision()).isEqualTo(2);
        assertThat(Files.readAllBytes(dir.resolve(IssueStore.BACKUP_FILE))).isEqualTo(firstBytes);
        assertThat(dir.resolve("issue.json.tmp")).doesNotExist();
    }
}
