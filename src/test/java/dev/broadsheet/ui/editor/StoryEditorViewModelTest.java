package dev.broadsheet.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.Paragraph;
import dev.broadsheet.ui.UiFixtures;
import dev.broadsheet.ui.UiFixtures.ScriptedComposer;
import dev.broadsheet.ui.document.DocumentViewModel;
import org.junit.jupiter.api.Test;

class StoryEditorViewModelTest {

    @Test
    void showsOneParagraphPerLineAndSendsTheEditAsOneStep() {
        DocumentViewModel document = UiFixtures.openDocument(UiFixtures.sampleWithExtraStory(), new ScriptedComposer());
        StoryEditorViewModel vm = new StoryEditorViewModel(document);
        vm.storyIdProperty().set("s3");
        int paragraphs = document.issue().story("s3").orElseThrow().paragraphs().size();
        assertThat(vm.textProperty().get().lines().count()).isEqualTo(paragraphs);
        assertThat(vm.editableProperty().get()).isTrue();

        vm.textProperty().set(vm.textProperty().get() + "\n\n  新增的一段。  ");
        vm.apply();
        assertThat(document.issue().story("s3").orElseThrow().paragraphs()).hasSize(paragraphs + 1)
                .last().extracting(Paragraph::text).isEqualTo("新增的一段。");
        vm.apply();
        document.undo();
        assertThat(document.canUndoProperty().get()).as("one step only").isFalse();
        assertThat(vm.textProperty().get().lines().count()).as("the editor follows the undo").isEqualTo(paragraphs);
    }

    @Test
    void paragraphsDropBlankLinesAndTrim() {
        assertThat(StoryEditorViewModel.paragraphsOf(" 甲 \n\n乙\r\n  \n丙")).containsExactly("甲", "乙", "丙");
    }
}
