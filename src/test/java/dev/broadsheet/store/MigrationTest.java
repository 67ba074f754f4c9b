package dev.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.CompositionSettings;
import dev.broadsheet.model.DigitWidth;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.LineBreaking;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {
    private final IssueStore store = new IssueStore();

    @Test
    void aVersionOneFileLoadsThroughMigrationAsTheEquivalentCurrentIssue(@TempDir Path dir) throws Exception {
        Path old = CorruptFilesTest.copyResource("/store/migration/v1-sample/issue.json", dir.resolve("old"));
        Path expected = CorruptFilesTest.copyResource("/store/migration/v1-sample-expected/issue.json", dir.resolve("expected"));
        Map<String, byte[]> before = CorruptFilesTest.snapshot(old);

        IssueFormat.Parsed parsed = store.read(old);

        assertThat(parsed.fileSchemaVersion()).isEqualTo(1);
        assertThat(parsed.wasMigrated()).isTrue();
        assertThat(parsed.issue()).isEqualTo(store.load(expected));
        assertThat(parsed.issue().pages().get(0).frames().get(0).depth()).isEqualTo(Length.mm(150));
        assertThat(parsed.issue().stories().get(2).byline()).isEqualTo(new Byline("本报记者", List.of("刘佳")));
        CorruptFilesTest.assertUnchanged(old, before); // loading does not rewrite the old file
    }

    @Test
    void savingAMigratedIssueWritesTheCurrentVersionAndKeepsTheOldFileAsBackup(@TempDir Path dir) throws Exception {
        Path old = CorruptFilesTest.copyResource("/store/migration/v1-sample/issue.json", dir.resolve("old"));
        byte[] v1 = Files.readAllBytes(IssueStore.issueFile(old));

        Issue saved = store.save(old, store.load(old));

        assertThat(Files.readString(IssueStore.issueFile(old))).startsWith("{\n  \"schemaVersion\": 2,");
        assertThat(Files.readAllBytes(old.resolve(IssueStore.BACKUP_FILE))).isEqualTo(v1);
        assertThat(store.read(old).wasMigrated()).isFalse();
        assertThat(store.load(old)).isEqualTo(saved);
    }

    /**
     * A schema-2 file written before the composition settings had a digit width and a line-breaking mode loads
     * with their defaults, and a value set later survives saving: a new optional setting needs no schema bump
     * (IssueJson: a missing property takes the model's default).
     */
    @Test
    void aVersionTwoFileWithoutTheNewerCompositionSettingsTakesTheirDefaults(@TempDir Path dir) throws Exception {
        Path file = CorruptFilesTest.copyResource("/store/migration/v1-sample-expected/issue.json", dir.resolve("v2"));
        assertThat(Files.readString(IssueStore.issueFile(file))).contains("\"schemaVersion\": 2")
                .doesNotContain("\"digits\"").doesNotContain("\"lineBreaking\"");

        IssueFormat.Parsed parsed = store.read(file);

        assertThat(parsed.wasMigrated()).isFalse();
        CompositionSettings settings = parsed.issue().styles().composition();
        assertThat(settings.digits()).isEqualTo(DigitWidth.HALF_EM);
        assertThat(settings.lineBreaking()).isEqualTo(LineBreaking.FILL_FIRST);

        CompositionSettings changed = settings.withDigits(DigitWidth.FONT).withLineBreaking(LineBreaking.TOTAL_FIT);
        store.save(file, parsed.issue().withStyles(parsed.issue().styles().withComposition(changed)));
        assertThat(store.load(file).styles().composition()).isEqualTo(changed);
    }

    @Test
    void anErrorInAnOldFileStillNamesItsPath(@TempDir Path dir) throws Exception {
        Path old = CorruptFilesTest.copyResource("/store/migration/v1-sample/issue.json", dir.resolve("old"));
        Path file = IssueStore.issueFile(old);
        Files.writeString(file, Files.readString(file).replace("\"columnSpan\": 5,", "\"columnSpan\": \"five\","));

        IssueLoadException e = catchThrowableOfType(IssueLoadException.class, () -> store.load(old));

        assertThat(e.firstError().toString()).contains(":53:11: $.pages[0].frames[0].columnSpan: expected a whole number, got \"five\"");
    }

    @Test
    void versionOneBylinesSplitIntoLabelAndNames() {
        ObjectNode two = MigrationV1ToV2.byline("本报记者 张三　李四");
        assertThat(two.toString()).isEqualTo("{\"label\":\"本报记者\",\"names\":[\"张三\",\"李四\"]}");
        assertThat(MigrationV1ToV2.byline("新华社记者").toString()).isEqualTo("{\"label\":\"\",\"names\":[\"新华社记者\"]}");
    }

    @Test
    void versionOneLengthsBecomeMillimetresWithTheirUnit() {
        ObjectNode frame = IssueJson.mapper().createObjectNode();
        frame.put("depth", 95.5).put("top", 0).put("columnSpan", 3);
        frame.putObject("content").put("weight", 0.176).put("type", "rule");
        ObjectNode root = IssueJson.mapper().createObjectNode();
        root.putArray("pages").addObject().putArray("frames").add(frame);
        new MigrationV1ToV2().apply(root);
        assertThat(frame.toString()).isEqualTo(
                "{\"depth\":\"95.5mm\",\"top\":\"0mm\",\"columnSpan\":3,\"content\":{\"weight\":\"0.176mm\",\"type\":\"rule\"}}");
    }
}
