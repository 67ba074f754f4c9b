package dev.broadsheet.edit;

import dev.broadsheet.model.HeadlineDeck;
import dev.broadsheet.model.Issue;
import java.util.Objects;

/** Replaces a story's headline deck (引题, 主题, 副题, their styles and fit). */
public record EditHeadlineCommand(String storyId, HeadlineDeck deck) implements EditCommand {

    public EditHeadlineCommand {
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(deck, "deck");
    }

    @Override
    public String name() {
        return "Edit headline";
    }

    @Override
    public Issue apply(Issue issue) {
        return issue.withStory(PageEdits.story(issue, storyId).withDeck(deck));
    }
}
