package dev.broadsheet.edit;

import dev.broadsheet.model.Dateline;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Sets or removes (null) the dateline that opens one section of a story: 本报讯（记者… 通讯员…）. */
public record EditDatelineCommand(String storyId, int sectionIndex, Dateline dateline) implements EditCommand {

    public EditDatelineCommand {
        Objects.requireNonNull(storyId, "storyId");
    }

    @Override
    public String name() {
        return "Edit dateline";
    }

    @Override
    public Issue apply(Issue issue) {
        Story story = PageEdits.story(issue, storyId);
        if (sectionIndex < 0 || sectionIndex >= story.sections().size()) {
            throw new IllegalArgumentException("story '" + storyId + "' has no section " + sectionIndex
                    + " (it has " + story.sections().size() + ")");
        }
        List<StorySection> sections = new ArrayList<>(story.sections());
        sections.set(sectionIndex, new StorySection(dateline, sections.get(sectionIndex).paragraphs()));
        return issue.withStory(story.withSections(sections));
    }
}
