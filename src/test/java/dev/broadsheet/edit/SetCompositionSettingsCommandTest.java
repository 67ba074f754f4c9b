package dev.broadsheet.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.model.CompositionSettings;
import dev.broadsheet.model.DigitWidth;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.LineBreaking;
import dev.broadsheet.model.ProhibitionLevel;
import dev.broadsheet.model.PunctuationMode;
import dev.broadsheet.store.SampleIssue;
import dev.broadsheet.typeset.IssueComposer;
import dev.broadsheet.typeset.LaidOutPageDebugText;
import org.junit.jupiter.api.Test;

/** The house composition rules are one undoable edit, and the page re-flows under them. */
class SetCompositionSettingsCommandTest {

    @Test
    void theIssueTakesTheSettingsTheTextReflowsAndUndoGivesTheOldPageBack() throws Exception {
        DocumentSession session = new DocumentSession(SampleIssue.load());
        IssueComposer composer = new IssueComposer(BundledFonts.shared());
        Issue before = session.issue();
        String pageBefore = LaidOutPageDebugText.of(composer.compose(before).pages().get(0));
        CompositionSettings fullWidth = new CompositionSettings(PunctuationMode.FULL_WIDTH, ProhibitionLevel.STRICT,
                0.125, 2.0, DigitWidth.FONT, LineBreaking.TOTAL_FIT);

        session.execute(new SetCompositionSettingsCommand(fullWidth));

        assertThat(session.issue().styles().composition()).isEqualTo(fullWidth);
        assertThat(session.issue().styles().styles()).isEqualTo(before.styles().styles());
        assertThat(LaidOutPageDebugText.of(composer.compose(session.issue()).pages().get(0)))
                .as("全身 punctuation sets the page differently").isNotEqualTo(pageBefore);
        session.undo();
        assertThat(session.issue()).isEqualTo(before);
        assertThat(LaidOutPageDebugText.of(composer.compose(session.issue()).pages().get(0))).isEqualTo(pageBefore);
    }
}
