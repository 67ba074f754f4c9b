package dev.broadsheet.ui.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.edit.PlaceStoryCommand;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.ui.UiFixtures;
import dev.broadsheet.ui.UiFixtures.ScriptedComposer;
import dev.broadsheet.ui.document.DocumentViewModel;
import dev.broadsheet.ui.document.SessionBackend;
import org.junit.jupiter.api.Test;

class StoryListViewModelTest {

    private static StoryRow row(StoryListViewModel vm, String id) {
        return vm.rows().stream().filter(r -> r.storyId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void listsEveryStoryWithSlugHeadlineStatusCountAndPlacement() {
        Issue issue = UiFixtures.sampleWithExtraStory();
        StoryListViewModel vm = new StoryListViewModel(UiFixtures.openDocument(issue, new ScriptedComposer()));
        assertThat(vm.rows()).extracting(StoryRow::storyId).containsExactly("s1", "s2", "s3", UiFixtures.EXTRA_STORY);
        StoryRow s1 = row(vm, "s1");
        assertThat(s1.slug()).isEqualTo("财经委会议");
        assertThat(s1.headline()).isEqualTo("稳住经济基本盘 跑出发展加速度");
        assertThat(s1.stage()).isEqualTo("草稿");
        assertThat(s1.characters()).isEqualTo(issue.story("s1").orElseThrow().characterCount()).isPositive();
        assertThat(s1.placed()).isTrue();
        assertThat(row(vm, UiFixtures.EXTRA_STORY).placed()).isFalse();
    }

    @Test
    void theOversetBadgeFollowsTheReportAndPlacing() {
        ScriptedComposer composer = new ScriptedComposer();
        composer.reports.put(UiFixtures.EXTRA_STORY, UiFixtures.overset(UiFixtures.EXTRA_STORY, 120, 10));
        DocumentViewModel document = UiFixtures.openDocument(UiFixtures.sampleWithExtraStory(), composer);
        StoryListViewModel vm = new StoryListViewModel(document);
        // Not placed: a report of the whole text as overset is no news, no badge.
        assertThat(row(vm, UiFixtures.EXTRA_STORY).isOverset()).isFalse();

        SessionBackend backend = (SessionBackend) document.backendProperty().get();
        backend.session().execute(new PlaceStoryCommand(UiFixtures.EXTRA_STORY, 1, "f9", 0, 2, Length.mm(260), Length.mm(60)));
        StoryRow placed = row(vm, UiFixtures.EXTRA_STORY);
        assertThat(placed.placed()).isTrue();
        assertThat(placed.oversetCharacters()).isEqualTo(120);
        assertThat(placed.oversetLines()).isEqualTo(10);

        composer.reports.clear();
        backend.session().undo();
        backend.session().redo();
        assertThat(row(vm, UiFixtures.EXTRA_STORY).isOverset()).isFalse();
    }

    @Test
    void theFilterShowsTheStoriesEveryWordOfItIsFoundIn() {
        Issue issue = UiFixtures.sampleWithExtraStory();
        StoryListViewModel vm = new StoryListViewModel(UiFixtures.openDocument(issue, new ScriptedComposer()));
        assertThat(vm.shownRows()).hasSize(4);

        vm.filterProperty().set("经济");
        assertThat(vm.shownRows()).extracting(StoryRow::storyId).contains("s1").doesNotContain(UiFixtures.EXTRA_STORY);
        vm.filterProperty().set("S1");
        assertThat(vm.shownRows()).as("story ids, ignoring case").extracting(StoryRow::storyId).containsExactly("s1");
        vm.filterProperty().set("稳住 加速度");
        assertThat(vm.shownRows()).extracting(StoryRow::storyId).containsExactly("s1");
        vm.filterProperty().set("稳住 没有这个词");
        assertThat(vm.shownRows()).isEmpty();
        vm.filterProperty().set("草稿");
        assertThat(vm.shownRows()).as("by stage").hasSize(4);
        vm.filterProperty().set("  ");
        assertThat(vm.shownRows()).hasSize(4);
        assertThat(vm.rows()).as("the filter only hides rows").hasSize(4);
    }
}
