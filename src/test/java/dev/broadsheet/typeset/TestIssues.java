package dev.broadsheet.typeset;

import dev.broadsheet.model.ColumnFill;
import dev.broadsheet.model.Dateline;
import dev.broadsheet.model.DeckPlacement;
import dev.broadsheet.model.Frame;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.HeadlineDeck;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.PageHeader;
import dev.broadsheet.model.PagePreset;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Status;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;
import dev.broadsheet.model.StyleSheet;
import java.util.List;

/** Small issues for tests: one story in one frame on the reference grid (columns of 16 em at 9.5 pt). */
final class TestIssues {
    private TestIssues() {
    }

    static Story story(String id, HeadlineDeck deck, Dateline dateline, String... paragraphs) {
        return new Story(id, id, Status.draft(), deck, null,
                List.of(new StorySection(dateline, java.util.Arrays.stream(paragraphs).map(Paragraph::of).toList())));
    }

    static Frame textFrame(String id, String storyId, int column, int span, double depth, DeckPlacement deck) {
        return new Frame(id, column, span, Length.ZERO, Length.pt(depth), 0, null,
                new FrameContent.StoryText(storyId, 0, deck, ColumnFill.SEQUENTIAL));
    }

    static Issue issue(StyleSheet styles, List<Story> stories, Frame... frames) {
        Page page = new Page(1, "", PagePreset.BROADSHEET.size(), ReferencePage.grid(), PageHeader.empty(),
                List.of(frames), Status.draft());
        return new Issue("", null, "", "", List.of(), styles, List.of(page), stories, List.of(), 0);
    }

    static Issue oneStory(StyleSheet styles, Story story, int span, double depth) {
        return issue(styles, List.of(story), textFrame("f1", story.id(), 0, span, depth, DeckPlacement.ABOVE_TEXT));
    }
}
