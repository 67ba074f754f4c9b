package dev.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.DeckPlacement;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.PagePreset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleIssueTest {

    static Path samplePath() {
        return Path.of("assets/sample/issue/issue.json");
    }

    @Test
    void theBundledSampleLoadsFromTheClassPath() throws Exception {
        Issue issue = SampleIssue.load();
        assertThat(issue.pages()).hasSize(1);
        assertThat(issue.pages().get(0).size().preset()).isEqualTo(PagePreset.BROADSHEET);
        assertThat(issue.stories()).hasSizeBetween(2, 3);
        assertThat(issue.pages().get(0).frames()).filteredOn(f -> f.content() instanceof FrameContent.StoryText t
                && t.deck() == DeckPlacement.ABOVE_TEXT).hasSize(issue.stories().size());
        assertThat(issue.pages().get(0).frames()).filteredOn(f -> f.content() instanceof FrameContent.PhotoImage).hasSize(1);
    }

    @Test
    void theSampleFolderLoadsWithTheStoreAndWarnsOnlyAboutTheMissingImage(@TempDir Path dir) throws Exception {
        Path copy = SampleIssue.copyTo(dir.resolve("sample"));
        IssueFormat.Parsed parsed = new IssueStore().read(copy);
        assertThat(parsed.issue()).isEqualTo(SampleIssue.load());
        assertThat(parsed.warnings()).singleElement().satisfies(w -> {
            assertThat(w.jsonPath()).isEqualTo("$.photos[0].imagePath");
            assertThat(w.message()).contains("not found");
        });
    }

    @Test
    void theSampleIsInTheSavedFormSoSavingItChangesOnlyTheRevision(@TempDir Path dir) throws Exception {
        Issue sample = SampleIssue.load();
        String text = Files.readString(samplePath());
        assertThat(IssueFormat.toJson(sample)).isEqualTo(text);
    }
}
