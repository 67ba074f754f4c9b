package dev.broadsheet.edit;

import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Replaces a story's text: its datelined sections and their paragraphs. */
public record EditStoryTextCommand(String storyId, List<StorySection> sections) implements EditCommand {

    public EditStoryTextCommand {
        Objects.requireNonNull(storyId, "storyId");
        sections = List.copyOf(sections);
    }

    /**
     * The text of one section typed in a story editor: one paragraph per non-blank line, styling dropped, the
     * section's dateline kept.
     */
    public static EditStoryTextCommand ofPlainText(Story story, int sectionIndex, String text) {
        if (sectionIndex < 0 || sectionIndex >= Math.max(1, story.sections().size())) {
            throw new IllegalArgumentException("story '" + story.id() + "' has no section " + sectionIndex);
        }
        List<Paragraph> paragraphs = text.lines().map(String::strip).filter(l -> !l.isEmpty()).map(Paragraph::of).toList();
        List<StorySection> sections = new ArrayList<>(story.sections());
        if (sections.isEmpty()) {
            sections.add(new StorySection(null, paragraphs));
        } else {
            sections.set(sectionIndex, new StorySection(sections.get(sectionIndex).dateline(), paragraphs));
        }
        return new EditStoryTextCommand(story.id(), sections);
    }

    @Override
    public String name() {
        return "Edit story text";
    }

    @Override
    public Issue apply(Issue issue) {
        return issue.withStory(PageEdits.story(issue, storyId).withSections(sections));
    }
}
